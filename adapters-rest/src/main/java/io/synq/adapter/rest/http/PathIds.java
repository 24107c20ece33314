package io.synq.adapter.rest.http;

import io.synq.domain.DomainException;
import io.synq.domain.account.UserId;
import io.synq.domain.product.ProductId;
import java.util.function.Function;

/**
 * Ids taken from a request path. An id that cannot exist is answered like one that does not: 404,
 * not 400, so a path never tells more than "no such resource".
 */
public final class PathIds {
  private PathIds() {}

  public static ProductId product(String text) {
    return parseOrNotFound(ProductId::parse, text, "product");
  }

  public static UserId user(String text) {
    return parseOrNotFound(UserId::parse, text, "user");
  }

  private static <T> T parseOrNotFound(Function<String, T> parse, String text, String what) {
    try {
      return parse.apply(text);
    } catch (DomainException invalid) {
      throw DomainException.notFound("no such " + what);
    }
  }
}
