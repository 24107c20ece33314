package io.synq.adapter.rest;

import io.synq.domain.DomainException;
import io.synq.domain.product.Product;
import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product's version as a strong entity tag ({@code "3"}), and the If-Match precondition (RFC 9110
 * section 13.1.1) evaluated with strong comparison: a weak tag never matches.
 */
final class EntityTags {
  /** One element of an If-Match list; a comma may sit inside the quotes. */
  private static final Pattern LIST_ELEMENT =
      Pattern.compile("\\G[ \\t]*(W/)?\"([^\"]*)\"[ \\t]*(?:,|$)");

  private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,17}");

  private EntityTags() {}

  static EntityTag of(Product product) {
    return new EntityTag(Long.toString(product.version()));
  }

  /**
   * The version an update or delete may proceed from: none to check without If-Match or with {@code
   * *}; otherwise the one version the header names, or, when it names several, the current one if
   * among them.
   *
   * @param ifMatch every If-Match header of the request, null or empty when there is none
   * @param currentVersion read only when the header names several versions
   * @throws DomainException {@code STALE} when no tag can match: stale, weak or malformed
   */
  static OptionalLong expectedVersion(List<String> ifMatch, LongSupplier currentVersion) {
    if (ifMatch == null || ifMatch.isEmpty()) {
      return OptionalLong.empty();
    }
    String header = String.join(",", ifMatch).strip();
    if (header.equals("*")) {
      return OptionalLong.empty();
    }
    Set<Long> versions = strongVersions(header);
    if (versions.size() == 1) {
      return OptionalLong.of(versions.iterator().next());
    }
    if (!versions.isEmpty()) {
      long current = currentVersion.getAsLong();
      if (versions.contains(current)) {
        return OptionalLong.of(current);
      }
    }
    throw DomainException.stale("If-Match does not match the current entity tag");
  }

  /** The versions named by strong tags; none at all when the header is malformed. */
  private static Set<Long> strongVersions(String header) {
    Set<Long> versions = new HashSet<>();
    Matcher element = LIST_ELEMENT.matcher(header);
    int end = 0;
    while (end < header.length() && element.find()) {
      if (element.group(1) == null && VERSION.matcher(element.group(2)).matches()) {
        versions.add(Long.parseLong(element.group(2)));
      }
      end = element.end();
    }
    return end == header.length() ? versions : Set.of();
  }
}
