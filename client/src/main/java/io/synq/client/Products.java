package io.synq.client;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The products of the organization the token is scoped to ({@code /api/v1/products}). Every method
 * throws {@link SynqApiException} (or a subclass) for an error answer, and {@link
 * java.io.UncheckedIOException} when the server cannot be reached in time.
 */
public final class Products {
  private static final String PATH = "/api/v1/products";

  private final JsonHttp http;
  private final AuthorizedCalls calls;

  Products(JsonHttp http, AuthorizedCalls calls) {
    this.http = http;
    this.calls = calls;
  }

  /**
   * One page, oldest first.
   *
   * @param limit 1 to 100
   * @param cursor the previous page's {@link ProductPage#nextCursor()}, or null for the first page
   */
  public ProductPage list(int limit, String cursor) {
    return http.read(
        calls.send(() -> http.request(listPath(limit, cursor)).GET()), ProductPage.class);
  }

  /**
   * Every product, oldest first, fetched a page at a time as the stream is consumed (the first page
   * right away).
   */
  public Stream<Product> all(int pageSize) {
    return Stream.iterate(
            list(pageSize, null),
            Objects::nonNull,
            page -> page.nextCursor() == null ? null : list(pageSize, page.nextCursor()))
        .flatMap(page -> page.items().stream());
  }

  /**
   * @throws SynqApiException 404 when there is no such product in the organization
   */
  public Product get(UUID id) {
    return http.read(calls.send(() -> http.request(path(id)).GET()), Product.class);
  }

  /**
   * @throws SynqApiException 409 when the organization already has a product with this sku
   */
  public Product create(NewProduct product) {
    return http.read(calls.send(() -> http.request("POST", PATH, product)), Product.class);
  }

  /** Replaces every detail of the product, whatever its version. */
  public Product update(UUID id, NewProduct product) {
    return http.read(calls.send(() -> http.request("PUT", path(id), product)), Product.class);
  }

  /**
   * Replaces every detail of the product if it is still at {@code expectedVersion}.
   *
   * @throws SynqApiException 412 when someone changed the product meanwhile
   */
  public Product update(UUID id, NewProduct product, long expectedVersion) {
    return http.read(
        calls.send(() -> ifMatch(http.request("PUT", path(id), product), expectedVersion)),
        Product.class);
  }

  /** Deletes the product, whatever its version (role admin). */
  public void delete(UUID id) {
    http.requireSuccess(calls.send(() -> http.request(path(id)).DELETE()));
  }

  /**
   * Deletes the product if it is still at {@code expectedVersion} (role admin).
   *
   * @throws SynqApiException 412 when someone changed the product meanwhile
   */
  public void delete(UUID id, long expectedVersion) {
    http.requireSuccess(
        calls.send(() -> ifMatch(http.request(path(id)).DELETE(), expectedVersion)));
  }

  private static String listPath(int limit, String cursor) {
    String first = PATH + "?limit=" + limit;
    return cursor == null
        ? first
        : first + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
  }

  private static String path(UUID id) {
    return PATH + "/" + id;
  }

  private static HttpRequest.Builder ifMatch(HttpRequest.Builder request, long version) {
    return request.header("If-Match", "\"" + version + "\"");
  }
}
