package io.synq.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads {@code exp} from a JWT's payload without checking the signature: the client only uses it to
 * know when to refresh; the server is the one that verifies.
 */
final class JwtExpiry {
  private JwtExpiry() {}

  static Optional<Instant> of(String jwt, ObjectMapper mapper) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      JsonNode exp = mapper.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp");
      return exp.canConvertToLong()
          ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
          : Optional.empty();
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }
}
