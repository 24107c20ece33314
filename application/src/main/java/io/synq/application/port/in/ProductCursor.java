package io.synq.application.port.in;

import io.synq.domain.DomainException;
import io.synq.domain.product.ProductId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An opaque continuation token for product listings: the last id of the previous page. */
public record ProductCursor(ProductId after) {
  private static final String PREFIX = "p1:";

  public String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + after).getBytes(StandardCharsets.UTF_8));
  }

  public static ProductCursor decode(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      if (text.length() <= 64 && raw.startsWith(PREFIX)) {
        return new ProductCursor(ProductId.parse(raw.substring(PREFIX.length())));
      }
    } catch (IllegalArgumentException | DomainException e) {
      // fall through: any malformed cursor gets the same answer
    }
    throw DomainException.invalid("cursor is not valid; use next_cursor from a previous page");
  }
}
