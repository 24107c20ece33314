package io.synq.adapter.rest;

import static io.synq.adapter.rest.RawHttp.assertError;
import static io.synq.adapter.rest.RawHttp.authorized;
import static io.synq.adapter.rest.RawHttp.fieldNames;
import static io.synq.adapter.rest.RawHttp.json;
import static io.synq.adapter.rest.RawHttp.parse;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP contract of the Synq API, spoken in raw HTTP so that headers are exactly what a test
 * says. Extend it with the server under test; every test works in a tenant of its own, so a shared
 * server needs no cleanup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpContract {
  private static final String UNAUTHORIZED_BODY =
      "{\"error\": \"Unauthorized: Missing or invalid Authorization header\"}";
  private static final String BARE_CHALLENGE = "Bearer realm=\"synq\"";
  private static final String INVALID_TOKEN_CHALLENGE =
      "Bearer realm=\"synq\", error=\"invalid_token\"";
  private static final String INSUFFICIENT_PERMISSIONS = "Forbidden: Insufficient permissions";
  private static final String UNSUPPORTED_MEDIA_TYPE =
      "Unsupported Media Type: send the body as application/json";
  private static final String PRODUCTS = "/api/v1/products";
  private static final String ME = "/api/v1/me";
  private static final String NO_SUCH_PRODUCT = "Not Found: no such product";
  private static final int ONE_MIB = 1024 * 1024;

  private String tenant;
  private String viewer;
  private String editor;
  private String admin;

  /** The root of the API, such as {@code http://127.0.0.1:8080/}. */
  protected abstract URI baseUri();

  /**
   * A token the server accepts that carries exactly these claims: a key mapped to null is a JSON
   * null claim, an absent key a missing claim.
   */
  protected abstract String validToken(String subject, Map<String, Object> claims);

  /** Tokens the server must answer 401 to, such as unknown, expired or badly signed ones. */
  protected abstract List<String> rejectedTokens();

  /** The {@code iss} of the tokens {@link #validToken} makes. */
  protected abstract String expectedIssuer();

  /** The URL the server under test was configured to be reached at; Location headers start so. */
  protected URI publicUrl() {
    return baseUri();
  }

  @BeforeEach
  void freshTenant() {
    tenant = "tenant-" + UUID.randomUUID();
    viewer = token(tenant, "org-a", "viewer");
    editor = token(tenant, "org-a", "editor");
    admin = token(tenant, "org-a", "admin");
  }

  @Nested
  class RequestIds {
    private static final String X_REQUEST_ID = "X-Request-Id";

    @Test
    void every_answer_carries_a_new_request_id_when_the_caller_sent_none() {
      HttpResponse<String> ok = send(authorized(request(PRODUCTS), viewer));
      HttpResponse<String> refused = send(request(PRODUCTS));

      for (HttpResponse<String> response : List.of(ok, refused)) {
        assertThat(response.headers().allValues(X_REQUEST_ID))
            .singleElement()
            .asString()
            .matches("[0-9a-f]{32}");
      }
      assertThat(ok.headers().firstValue(X_REQUEST_ID))
          .isNotEqualTo(refused.headers().firstValue(X_REQUEST_ID));
    }

    @Test
    void a_valid_request_id_of_the_caller_is_echoed_else_the_traceparents_trace_id() {
      HttpResponse<String> echoed =
          send(authorized(request(PRODUCTS), viewer).header(X_REQUEST_ID, "checkout-42.A_b"));
      HttpResponse<String> traced =
          send(
              request(PRODUCTS)
                  .header(
                      "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

      assertThat(echoed.headers().allValues(X_REQUEST_ID)).containsExactly("checkout-42.A_b");
      assertThat(traced.headers().allValues(X_REQUEST_ID))
          .containsExactly("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "has space",
          "semi;colon",
          "0123456789012345678901234567890123456789012345678901234567890123456789"
        })
    void an_invalid_request_id_is_replaced_not_echoed(String sent) {
      HttpResponse<String> response = send(request(PRODUCTS).header(X_REQUEST_ID, sent));

      assertThat(response.headers().allValues(X_REQUEST_ID))
          .singleElement()
          .asString()
          .matches("[0-9a-f]{32}");
    }
  }

  /** 401: who is calling? */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WhoIsCalling {
    /** The subclass's tokens, where this class's parameterized test looks for them. */
    List<String> rejectedTokens() {
      return HttpContract.this.rejectedTokens();
    }

    @Test
    void no_authorization_header_is_401_with_a_bare_challenge() {
      HttpResponse<String> response = send(request(PRODUCTS));

      assertUnauthorized(response, BARE_CHALLENGE);
    }

    @Test
    void another_scheme_is_401_with_a_bare_challenge() {
      HttpResponse<String> response =
          send(request(PRODUCTS).header("Authorization", "Basic dXNlcjpwYXNz"));

      assertUnauthorized(response, BARE_CHALLENGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer a b", "Bearer a,b", "Bearer \"token\""})
    void malformed_bearer_credentials_are_401_invalid_token(String authorization) {
      HttpResponse<String> response =
          send(request(PRODUCTS).header("Authorization", authorization));

      assertUnauthorized(response, INVALID_TOKEN_CHALLENGE);
    }

    @Test
    void two_bearer_tokens_joined_in_one_header_are_401() {
      HttpResponse<String> response =
          send(request(PRODUCTS).header("Authorization", "Bearer " + admin + ", Bearer " + admin));

      assertUnauthorized(response, INVALID_TOKEN_CHALLENGE);
    }

    @Test
    void two_authorization_headers_are_401_even_if_both_are_valid() {
      HttpResponse<String> response =
          send(
              request(PRODUCTS)
                  .header("Authorization", "Bearer " + admin)
                  .header("Authorization", "Bearer " + admin));

      assertUnauthorized(response, INVALID_TOKEN_CHALLENGE);
    }

    @ParameterizedTest
    @MethodSource("rejectedTokens")
    void a_token_the_verifier_rejects_is_401_invalid_token(String token) {
      HttpResponse<String> response = send(authorized(request(PRODUCTS), token));

      assertUnauthorized(response, INVALID_TOKEN_CHALLENGE);
      assertThat(response.body()).doesNotContain(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ", "bearer ", "BEARER ", "bEaReR ", "Bearer    "})
    void the_scheme_is_case_insensitive_and_may_be_followed_by_several_spaces(String prefix) {
      HttpResponse<String> response =
          send(request(PRODUCTS).header("Authorization", prefix + viewer));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void authentication_comes_before_routing() {
      assertUnauthorized(send(request("/api/v1/no-such-thing")), BARE_CHALLENGE);
      assertUnauthorized(
          send(request(PRODUCTS).method("PATCH", BodyPublishers.noBody())), BARE_CHALLENGE);
    }
  }

  /** /api/v1/me: the server's verdict on the presented token. */
  @Nested
  class TheTokensVerdict {
    @ParameterizedTest
    @ValueSource(strings = {"viewer", "editor", "admin"})
    void me_answers_what_the_token_says_to_every_role(String role) {
      HttpResponse<String> response = send(authorized(request(ME), token(tenant, "org-a", role)));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode me = json(response);
      assertThat(me.get("subject").asText()).isEqualTo("user-" + role);
      assertThat(me.get("tenantid").asText()).isEqualTo(tenant);
      assertThat(me.get("org_id").asText()).isEqualTo("org-a");
      assertThat(me.get("role").asText()).isEqualTo(role);
      assertThat(me.get("issuer").asText()).isEqualTo(expectedIssuer());
      assertThat(Instant.parse(me.get("expires_at").asText())).isAfter(Instant.now());
      assertThat(me.size()).isEqualTo(6);
    }

    @Test
    void me_refuses_what_every_protected_call_refuses() {
      assertUnauthorized(send(request(ME)), BARE_CHALLENGE);
      for (String rejected : rejectedTokens()) {
        assertUnauthorized(send(authorized(request(ME), rejected)), INVALID_TOKEN_CHALLENGE);
      }
      HttpResponse<String> withoutOrganization =
          send(
              authorized(
                  request(ME), validToken("s", claims("tenantid", tenant, "role", "admin"))));
      assertThat(assertError(withoutOrganization, 403))
          .isEqualTo("Forbidden: Missing org_id claim");
    }
  }

  /** 403: claims, in their documented order, then the role. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ClaimsThenRole {
    Stream<Arguments> claimsWithTheirFirstProblem() {
      String tenantMissing = "Forbidden: Missing tenantid claim";
      String orgMissing = "Forbidden: Missing org_id claim";
      String roleMissing = "Forbidden: Missing role claim";
      return Stream.of(
          Arguments.of(claims(), tenantMissing),
          Arguments.of(claims("org_id", "o", "role", "admin"), tenantMissing),
          Arguments.of(claims("tenantid", null, "org_id", "o", "role", "admin"), tenantMissing),
          Arguments.of(claims("tenantid", "", "org_id", "o", "role", "admin"), tenantMissing),
          Arguments.of(claims("tenantid", "  ", "org_id", "o", "role", "admin"), tenantMissing),
          Arguments.of(claims("tenantid", 42, "org_id", "o", "role", "admin"), tenantMissing),
          Arguments.of(
              claims("tenantid", List.of("t"), "org_id", "o", "role", "admin"), tenantMissing),
          Arguments.of(claims("tenantid", "t"), orgMissing),
          Arguments.of(claims("tenantid", "t", "role", "admin"), orgMissing),
          Arguments.of(claims("tenantid", "t", "org_id", null, "role", "admin"), orgMissing),
          Arguments.of(claims("tenantid", "t", "org_id", "", "role", "admin"), orgMissing),
          Arguments.of(claims("tenantid", "t", "org_id", 7, "role", "admin"), orgMissing),
          Arguments.of(claims("tenantid", "t", "org_id", "o"), roleMissing),
          Arguments.of(claims("tenantid", "t", "org_id", "o", "role", null), roleMissing),
          Arguments.of(claims("tenantid", "t", "org_id", "o", "role", ""), roleMissing),
          Arguments.of(claims("tenantid", "t", "org_id", "o", "role", 1), roleMissing),
          Arguments.of(
              claims("tenantid", "t", "org_id", "o", "role", "owner"), INSUFFICIENT_PERMISSIONS),
          Arguments.of(
              claims("tenantid", "t", "org_id", "o", "role", "ADMIN"), INSUFFICIENT_PERMISSIONS));
    }

    @ParameterizedTest
    @MethodSource("claimsWithTheirFirstProblem")
    void a_valid_token_without_usable_claims_is_403_naming_the_first_problem(
        Map<String, Object> claims, String error) {
      HttpResponse<String> response =
          send(authorized(request(PRODUCTS), validToken("subject", claims)));

      assertThat(assertError(response, 403)).isEqualTo(error);
    }

    @Test
    void a_viewer_reads_but_cannot_write() {
      String id = createdId(admin, newProduct("v-1"));

      assertThat(send(authorized(request(PRODUCTS), viewer)).statusCode()).isEqualTo(200);
      assertThat(send(authorized(request(product(id)), viewer)).statusCode()).isEqualTo(200);
      assertForbidden(post(viewer, newProduct("v-2")));
      assertForbidden(put(id, viewer, newProduct("v-1-changed")));
      assertForbidden(send(authorized(request(product(id)).DELETE(), viewer)));
      assertThat(json(send(authorized(request(product(id)), viewer))).get("version").asLong())
          .isEqualTo(1);
    }

    @Test
    void an_editor_creates_and_updates_but_cannot_delete() {
      String id = createdId(editor, newProduct("e-1"));

      assertThat(put(id, editor, newProduct("e-1-changed")).statusCode()).isEqualTo(200);
      assertForbidden(send(authorized(request(product(id)).DELETE(), editor)));
      assertThat(send(authorized(request(product(id)), editor)).statusCode()).isEqualTo(200);
    }

    @Test
    void an_admin_may_do_everything() {
      String id = createdId(admin, newProduct("a-1"));

      assertThat(put(id, admin, newProduct("a-1-changed")).statusCode()).isEqualTo(200);
      assertThat(send(authorized(request(product(id)).DELETE(), admin)).statusCode())
          .isEqualTo(204);
    }

    @Test
    void the_role_is_checked_before_the_body_is_read() {
      String id = createdId(admin, newProduct("b-1"));

      assertForbidden(send(jsonRequest(PRODUCTS, viewer).POST(BodyPublishers.ofString("{"))));
      assertForbidden(send(jsonRequest(product(id), viewer).PUT(BodyPublishers.ofString("[1,"))));
      assertForbidden(post(viewer, "{\"tenantid\": \"someone-else\"}"));
    }

    @Test
    void the_role_is_checked_before_the_product_is_looked_up() {
      String missing = UUID.randomUUID().toString();

      assertForbidden(send(authorized(request(product(missing)).DELETE(), editor)));
      assertForbidden(put(missing, viewer, newProduct("x")));
    }
  }

  @Nested
  class Isolation {
    @Test
    void another_tenant_cannot_see_or_touch_a_product() {
      assertIsolatedFrom(token("other-" + tenant, "org-a", "admin"));
    }

    @Test
    void another_organization_of_the_same_tenant_cannot_see_or_touch_a_product() {
      assertIsolatedFrom(token(tenant, "org-b", "admin"));
    }

    private void assertIsolatedFrom(String outsider) {
      String id = createdId(admin, newProduct("mine"));

      assertThat(assertError(send(authorized(request(product(id)), outsider)), 404))
          .isEqualTo(NO_SUCH_PRODUCT);
      assertError(put(id, outsider, newProduct("theirs")), 404);
      assertError(send(authorized(request(product(id)).DELETE(), outsider)), 404);
      assertThat(listAll(outsider, 100)).isEmpty();
      assertThat(json(send(authorized(request(product(id)), admin))).get("sku").asText())
          .isEqualTo("mine");
    }

    @Test
    void the_same_sku_may_exist_in_another_organization() {
      createdId(admin, newProduct("shared"));

      assertThat(post(token(tenant, "org-b", "admin"), newProduct("shared")).statusCode())
          .isEqualTo(201);
    }

    @Test
    void identity_in_the_body_is_rejected() {
      ObjectNode body = (ObjectNode) parse(newProduct("id-1"));
      body.put("tenantid", "someone-else");

      assertThat(assertError(post(admin, body.toString()), 400)).contains("tenantid");
    }
  }

  @Nested
  class CreateReadReplaceDelete {
    @Test
    void create_answers_201_with_location_etag_and_the_product() {
      HttpResponse<String> response =
          post(
              editor,
              "{\"sku\": \"SKU-1\", \"name\": \"Lamp\", \"description\": \"Bright\","
                  + " \"price\": {\"amount\": \"19.9\", \"currency\": \"EUR\"}}");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      JsonNode product = json(response);
      String id = product.get("id").asText();
      assertThat(UUID.fromString(id).toString()).isEqualTo(id);
      assertThat(response.headers().firstValue("Location"))
          .contains(publicUrl().resolve(PRODUCTS + "/" + id).toString());
      assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
      assertThat(product.get("sku").asText()).isEqualTo("SKU-1");
      assertThat(product.get("name").asText()).isEqualTo("Lamp");
      assertThat(product.get("description").asText()).isEqualTo("Bright");
      assertThat(product.get("price").get("amount").isTextual()).isTrue();
      assertThat(product.get("price").get("amount").asText()).isEqualTo("19.90");
      assertThat(product.get("price").get("currency").asText()).isEqualTo("EUR");
      assertThat(product.get("version").asLong()).isEqualTo(1);
      Instant created = Instant.parse(product.get("created_at").asText());
      assertThat(product.get("updated_at").asText()).isEqualTo(created.toString());
      assertThat(fieldNames(product))
          .containsExactlyInAnyOrder(
              "id", "sku", "name", "description", "price", "created_at", "updated_at", "version");
    }

    @Test
    void a_product_without_description_has_a_null_one_and_amounts_keep_the_currency_scale() {
      JsonNode product =
          json(
              post(
                  admin,
                  "{\"sku\": \"yen\", \"name\": \"Tea\", \"price\": {\"amount\": \"1500\","
                      + " \"currency\": \"JPY\"}}"));

      assertThat(product.get("description").isNull()).isTrue();
      assertThat(product.get("price").get("amount").asText()).isEqualTo("1500");
    }

    @Test
    void get_answers_the_product_with_its_etag() {
      HttpResponse<String> created = post(admin, newProduct("g-1"));
      String location = created.headers().firstValue("Location").orElseThrow();

      HttpResponse<String> response =
          send(authorized(request(URI.create(location).getRawPath()), viewer));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/json");
      assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
      assertThat(json(response)).isEqualTo(json(created));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "not-a-uuid",
          "00000000-0000-0000-0000-00000000000",
          "0",
          "g0000000-0000-0000-0000-000000000000",
          "+0000000-0000-0000-0000-000000000000",
          "00000000-0000-0000-0000-0000000000000",
          "00000000000000000000000000000000"
        })
    void an_impossible_id_is_404_like_a_missing_one_and_is_not_echoed(String id) {
      String missing = NO_SUCH_PRODUCT;

      assertThat(assertError(send(authorized(request(product(id)), admin)), 404))
          .isEqualTo(missing);
      assertThat(assertError(put(id, admin, newProduct("x")), 404)).isEqualTo(missing);
      assertThat(assertError(send(authorized(request(product(id)).DELETE(), admin)), 404))
          .isEqualTo(missing);
    }

    @Test
    void a_missing_product_is_404_for_every_method() {
      String missing = UUID.randomUUID().toString();

      assertThat(assertError(send(authorized(request(product(missing)), admin)), 404))
          .isEqualTo(NO_SUCH_PRODUCT);
      assertError(put(missing, admin, newProduct("x")), 404);
      assertError(send(authorized(request(product(missing)).DELETE(), admin)), 404);
    }

    @Test
    void put_replaces_everything_and_bumps_the_version() {
      JsonNode created = json(post(admin, newProduct("p-1")));
      String id = created.get("id").asText();

      HttpResponse<String> response =
          put(
              id,
              editor,
              "{\"sku\": \"p-1b\", \"name\": \"Renamed\", \"price\": {\"amount\": \"5\","
                  + " \"currency\": \"USD\"}}");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("ETag")).contains("\"2\"");
      JsonNode replaced = json(response);
      assertThat(replaced.get("id").asText()).isEqualTo(id);
      assertThat(replaced.get("sku").asText()).isEqualTo("p-1b");
      assertThat(replaced.get("name").asText()).isEqualTo("Renamed");
      assertThat(replaced.get("description").isNull()).isTrue();
      assertThat(replaced.get("price").get("amount").asText()).isEqualTo("5.00");
      assertThat(replaced.get("price").get("currency").asText()).isEqualTo("USD");
      assertThat(replaced.get("version").asLong()).isEqualTo(2);
      assertThat(replaced.get("created_at")).isEqualTo(created.get("created_at"));
      assertThat(json(send(authorized(request(product(id)), viewer)))).isEqualTo(replaced);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "*", "\"7\", \"1\"", "W/\"9\", \"1\"", "\"1\","})
    void put_proceeds_when_if_match_names_the_current_version(String ifMatch) {
      String id = createdId(admin, newProduct("m-1"));

      HttpResponse<String> response = put(id, admin, newProduct("m-1"), "If-Match", ifMatch);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("ETag")).contains("\"2\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "W/\"1\"", "1", "\"1", "garbage", "\"1\" \"2\"", "\"x\""})
    void put_is_412_when_if_match_does_not_name_the_current_version(String ifMatch) {
      String id = createdId(admin, newProduct("s-1"));

      assertError(put(id, admin, newProduct("s-1-changed"), "If-Match", ifMatch), 412);
      assertThat(json(send(authorized(request(product(id)), admin))).get("sku").asText())
          .isEqualTo("s-1");
    }

    @Test
    void a_stale_etag_is_412_after_someone_else_replaced_the_product() {
      HttpResponse<String> created = post(admin, newProduct("race"));
      String id = json(created).get("id").asText();
      String etag = created.headers().firstValue("ETag").orElseThrow();
      assertThat(put(id, admin, newProduct("race-1"), "If-Match", etag).statusCode())
          .isEqualTo(200);

      assertError(put(id, admin, newProduct("race-2"), "If-Match", etag), 412);
      assertError(delete(id, admin, "If-Match", etag), 412);
    }

    @Test
    void delete_answers_204_then_the_product_is_gone() {
      String id = createdId(admin, newProduct("d-1"));

      HttpResponse<String> response = delete(id, admin, "If-Match", "\"1\"");

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.body()).isEmpty();
      assertError(send(authorized(request(product(id)), admin)), 404);
      assertError(delete(id, admin), 404);
      assertThat(listAll(admin, 10)).isEmpty();
    }

    @Test
    void delete_without_if_match_is_unconditional() {
      String id = createdId(admin, newProduct("d-2"));
      put(id, admin, newProduct("d-2b"));

      assertThat(delete(id, admin).statusCode()).isEqualTo(204);
    }

    @Test
    void a_duplicate_sku_is_409_on_create_and_on_replace() {
      createdId(admin, newProduct("dup"));
      String other = createdId(admin, newProduct("other"));

      String conflict = "Conflict: the organization already has a product with this sku";
      assertThat(assertError(post(editor, newProduct("dup")), 409)).isEqualTo(conflict);
      assertThat(assertError(put(other, editor, newProduct("dup")), 409)).isEqualTo(conflict);
    }

    @Test
    void a_sku_is_stored_verbatim() {
      String sku = "  Ünï \"quoted\" ' ; -- 😀 ";

      JsonNode product = json(post(admin, newProduct(sku)));

      assertThat(product.get("sku").asText()).isEqualTo(sku);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class BadBodies {
    Stream<Arguments> badBodies() {
      String price = "\"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}";
      return Stream.of(
          Arguments.of("{\"name\": \"n\", " + price + "}", "sku"),
          Arguments.of("{\"sku\": null, \"name\": \"n\", " + price + "}", "sku"),
          Arguments.of("{\"sku\": \"s\", " + price + "}", "name"),
          Arguments.of("{\"sku\": \"s\", \"name\": null, " + price + "}", "name"),
          Arguments.of("{\"sku\": \"s\", \"name\": \"n\"}", "price"),
          Arguments.of("{\"sku\": \"s\", \"name\": \"n\", \"price\": null}", "price"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"n\", \"price\": {\"currency\": \"EUR\"}}",
              "price.amount"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"n\", \"price\": {\"amount\": \"1\"}}",
              "price.currency"),
          Arguments.of("{\"sku\": \"s\", \"name\": 5, " + price + "}", "name"),
          Arguments.of("{\"sku\": \"s\", \"name\": true, " + price + "}", "name"),
          Arguments.of("{\"sku\": [\"s\"], \"name\": \"n\", " + price + "}", "sku"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"n\", \"description\": 3, " + price + "}",
              "description"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"n\", \"price\": {\"amount\": 19.99, \"currency\": \"EUR\"}}",
              "price.amount"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"n\", \"price\": {\"amount\": 19, \"currency\": \"EUR\"}}",
              "price.amount"),
          Arguments.of("{\"sku\": \"s\", \"name\": \"n\", \"price\": \"19.99 EUR\"}", "price"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"n\", \"color\": \"red\", " + price + "}", "color"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"n\", \"price\": {\"amount\": \"1\", \"currency\": \"EUR\", \"tax\": \"0\"}}",
              "price.tax"),
          Arguments.of("{\"sku\": \"s\", \"sku\": \"t\", \"name\": \"n\", " + price + "}", "sku"),
          Arguments.of("{\"sku\": \"s\", \"name\": \"n\", " + price + "} x", "JSON"),
          Arguments.of("{\"sku\": \"s\", \"name\": \"n\", " + price + "} {}", "JSON object"),
          Arguments.of("{\"sku\": \"s\", \"name\": ", "JSON"),
          Arguments.of("", "JSON object"),
          Arguments.of("null", "JSON object"),
          Arguments.of("[]", "JSON object"),
          Arguments.of("\"sku\"", "JSON object"),
          Arguments.of("{\"sku\": \"\", \"name\": \"n\", " + price + "}", "sku"),
          Arguments.of(
              "{\"sku\": \"" + "s".repeat(65) + "\", \"name\": \"n\", " + price + "}", "sku"),
          Arguments.of("{\"sku\": \"a\\u0007b\", \"name\": \"n\", " + price + "}", "sku"),
          Arguments.of("{\"sku\": \"s\", \"name\": \"   \", " + price + "}", "name"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"" + "n".repeat(201) + "\", " + price + "}", "name"),
          Arguments.of(
              "{\"sku\": \"s\", \"name\": \"n\", \"description\": \""
                  + "d".repeat(2001)
                  + "\", "
                  + price
                  + "}",
              "description"),
          Arguments.of(priced("-1", "EUR"), "price.amount"),
          Arguments.of(priced("1.999", "EUR"), "price.amount"),
          Arguments.of(priced("1.5", "JPY"), "price.amount"),
          Arguments.of(priced("1e3", "EUR"), "price.amount"),
          Arguments.of(priced("01", "EUR"), "price.amount"),
          Arguments.of(priced("1000000000000", "EUR"), "price.amount"),
          Arguments.of(priced("1", "eur"), "price.currency"),
          Arguments.of(priced("1", "XYZ"), "price.currency"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void a_bad_body_is_400_naming_what_is_wrong(String body, String named) {
      assertThat(assertError(post(editor, body), 400)).contains(named);
      assertThat(listAll(admin, 10)).isEmpty();
    }

    @Test
    void a_bad_body_on_replace_is_400_and_changes_nothing() {
      String id = createdId(admin, newProduct("r-1"));

      assertThat(assertError(put(id, admin, priced("-1", "EUR")), 400)).contains("price.amount");
      assertThat(json(send(authorized(request(product(id)), admin))).get("version").asLong())
          .isEqualTo(1);
    }
  }

  @Nested
  class Pagination {
    @Test
    void an_empty_organization_lists_no_items_and_no_cursor() {
      JsonNode page = json(send(authorized(request(PRODUCTS), viewer)));

      assertThat(page.get("items").isArray()).isTrue();
      assertThat(page.get("items")).isEmpty();
      assertThat(page.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void following_next_cursor_visits_every_product_once_in_creation_order() {
      List<String> created = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        created.add(createdId(admin, newProduct("page-" + i)));
      }

      assertThat(listAll(viewer, 2)).containsExactlyElementsOf(created);
      assertThat(listAll(viewer, 5)).containsExactlyElementsOf(created);
    }

    @Test
    void a_page_holds_twenty_products_by_default() {
      for (int i = 0; i < 21; i++) {
        createdId(admin, newProduct("default-" + i));
      }

      JsonNode page = json(send(authorized(request(PRODUCTS), viewer)));

      assertThat(page.get("items")).hasSize(20);
      assertThat(page.get("next_cursor").isTextual()).isTrue();
    }

    @Test
    void a_hundred_is_the_largest_page() {
      assertThat(send(authorized(request(PRODUCTS + "?limit=100"), viewer)).statusCode())
          .isEqualTo(200);
      assertThat(assertError(send(authorized(request(PRODUCTS + "?limit=101"), viewer)), 400))
          .contains("limit");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"0", "-1", "abc", "1.5", "", "%20", "99999999999999999999", "2147483648"})
    void a_bad_limit_is_400(String limit) {
      assertThat(assertError(send(authorized(request(PRODUCTS + "?limit=" + limit), viewer)), 400))
          .contains("limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "cDE6bm90LWEtdXVpZA", "%00"})
    void a_bad_cursor_is_400(String cursor) {
      assertThat(
              assertError(send(authorized(request(PRODUCTS + "?cursor=" + cursor), viewer)), 400))
          .contains("cursor");
    }
  }

  /** The protocol around the resources. */
  @Nested
  class Protocol {
    @Test
    void a_body_is_limited_to_one_mebibyte_whether_declared_or_chunked() {
      String exactlyOneMib = bodyOfSize(ONE_MIB);
      String oneByteMore = bodyOfSize(ONE_MIB + 1);

      assertThat(assertError(post(editor, exactlyOneMib), 400)).contains("sku");
      assertThat(assertError(post(editor, chunked(exactlyOneMib)), 400)).contains("sku");
      assertThat(assertError(post(editor, oneByteMore), 413)).contains(ONE_MIB + " bytes");
      assertThat(assertError(post(editor, chunked(oneByteMore)), 413)).contains(ONE_MIB + " bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inside a string", "inside a number", "inside a key"})
    void a_body_is_413_wherever_its_overflow_falls_however_it_is_framed(String where) {
      String tooLarge =
          switch (where) {
            case "inside a string" -> "{\"sku\": \"" + "x".repeat(ONE_MIB + 10) + "\"}";
            case "inside a number" -> "{\"price\": " + "9".repeat(ONE_MIB + 10) + "}";
            default -> "{\"" + "k".repeat(ONE_MIB + 10) + "\": 1}";
          };

      assertThat(assertError(post(editor, tooLarge), 413)).contains(ONE_MIB + " bytes");
      assertThat(assertError(post(editor, chunked(tooLarge)), 413)).contains(ONE_MIB + " bytes");
    }

    @Test
    void a_json_name_too_long_for_the_parser_is_400_not_500() {
      String longKey = "{\"" + "k".repeat(60_000) + "\": 1}";

      assertThat(assertError(post(editor, longKey), 400)).contains("too long");
      assertThat(assertError(post(editor, chunked(longKey)), 400)).contains("too long");
    }

    @Test
    void location_comes_from_the_public_url_never_from_the_host_header() throws IOException {
      String body = newProduct("hosted");
      String response =
          rawExchange(
              "POST "
                  + PRODUCTS
                  + " HTTP/1.1\r\n"
                  + "Host: attacker.example\r\n"
                  + "Authorization: Bearer "
                  + editor
                  + "\r\n"
                  + "Content-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.getBytes(UTF_8).length
                  + "\r\n"
                  + "Connection: close\r\n\r\n"
                  + body);

      assertThat(response).startsWith("HTTP/1.1 201");
      assertThat(response).doesNotContain("attacker.example");
      assertThat(response.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)))
          .singleElement()
          .asString()
          .contains(publicUrl().resolve(PRODUCTS + "/").toString());
    }

    /** Sends the bytes as they are and reads until the server closes the connection. */
    private String rawExchange(String request) throws IOException {
      URI uri = baseUri();
      try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(request.getBytes(UTF_8));
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readAllBytes(), UTF_8);
      }
    }

    @Test
    void a_declared_oversized_body_is_refused_before_it_is_sent() throws IOException {
      URI uri = baseUri();
      try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST "
                    + PRODUCTS
                    + " HTTP/1.1\r\n"
                    + "Host: "
                    + uri.getHost()
                    + ":"
                    + uri.getPort()
                    + "\r\n"
                    + "Authorization: Bearer "
                    + editor
                    + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: "
                    + (ONE_MIB + 1)
                    + "\r\n"
                    + "Connection: close\r\n\r\n")
                .getBytes(UTF_8));
        out.flush();
        InputStream in = socket.getInputStream();

        String statusLine = new String(in.readNBytes("HTTP/1.1 413".length()), UTF_8);

        assertThat(statusLine).isEqualTo("HTTP/1.1 413");
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/json", "application/x-www-form-urlencoded"})
    void a_body_of_another_media_type_is_415(String mediaType) {
      HttpResponse<String> response =
          send(
              authorized(request(PRODUCTS), editor)
                  .header("Content-Type", mediaType)
                  .POST(BodyPublishers.ofString(newProduct("t-1"))));

      assertThat(assertError(response, 415)).isEqualTo(UNSUPPORTED_MEDIA_TYPE);
      assertThat(listAll(admin, 10)).isEmpty();
    }

    @Test
    void a_body_without_a_media_type_is_415() {
      HttpResponse<String> response =
          send(
              authorized(request(PRODUCTS), editor).POST(BodyPublishers.ofString(newProduct("n"))));

      assertThat(assertError(response, 415)).isEqualTo(UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void the_role_is_checked_before_the_media_type() {
      String id = createdId(admin, newProduct("m-1"));
      HttpRequest.Builder textPost =
          authorized(request(PRODUCTS), viewer)
              .header("Content-Type", "text/plain")
              .POST(BodyPublishers.ofString(newProduct("m-2")));
      HttpRequest.Builder untypedPut =
          authorized(request(product(id)), viewer).PUT(BodyPublishers.ofString(newProduct("m-1")));

      assertForbidden(send(textPost));
      assertForbidden(send(untypedPut));
    }

    @Test
    void a_charset_parameter_on_json_is_accepted() {
      HttpResponse<String> response =
          send(
              authorized(request(PRODUCTS), editor)
                  .header("Content-Type", "application/json; charset=utf-8")
                  .POST(BodyPublishers.ofString(newProduct("utf-8"))));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void asking_for_anything_but_json_is_406_answered_in_json() {
      HttpResponse<String> response =
          send(authorized(request(PRODUCTS), viewer).header("Accept", "text/html"));

      assertError(response, 406);
    }

    @Test
    void an_unsupported_method_is_405_with_allow() {
      String id = createdId(admin, newProduct("patch"));

      HttpResponse<String> response =
          send(
              authorized(request(product(id)), admin)
                  .header("Content-Type", "application/json")
                  .method("PATCH", BodyPublishers.ofString("{}")));

      assertError(response, 405);
      assertThat(String.join(",", response.headers().allValues("Allow")))
          .contains("GET", "PUT", "DELETE");
      assertError(send(authorized(request(PRODUCTS).DELETE(), admin)), 405);
    }

    @Test
    void a_caller_without_the_permission_gets_403_before_any_405_or_406() {
      String id = createdId(admin, newProduct("order"));

      assertForbidden(
          send(
              authorized(request(product(id)), viewer)
                  .header("Accept", "text/html")
                  .header("Content-Type", "application/json")
                  .PUT(BodyPublishers.ofString(newProduct("x")))));
      assertForbidden(
          send(authorized(request(product(id)).DELETE(), editor).header("Accept", "text/plain")));
      assertForbidden(send(authorized(request(product(id) + "/").DELETE(), editor)));
      // Holding some permission on the path, the caller learns what it would anyway.
      assertError(send(authorized(request(PRODUCTS).DELETE(), viewer)), 405);
      assertError(
          send(authorized(request(product(id)), viewer).header("Accept", "text/html")), 406);
    }

    @Test
    void an_unknown_path_is_404_in_json() {
      assertThat(assertError(send(authorized(request("/api/v1/no-such-thing"), viewer)), 404))
          .isEqualTo("Not Found: no resource at this path");
      assertError(send(authorized(request("/api/v1"), viewer)), 404);
      assertError(send(authorized(request("/application.wadl"), viewer)), 404);
    }
  }

  @Nested
  class PublicEndpoints {
    @Test
    void liveness_needs_no_token() {
      HttpResponse<String> response = send(request("/health/live"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response)).isEqualTo(parse("{\"status\": \"UP\", \"checks\": []}"));
    }

    @Test
    void start_up_is_reported_without_a_token() {
      HttpResponse<String> response = send(request("/health/started"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/json");
      assertThat(json(response)).isEqualTo(parse("{\"status\": \"UP\", \"checks\": []}"));
    }

    @Test
    void liveness_ignores_a_bad_token_and_answers_head() {
      assertThat(send(request("/health/live").header("Authorization", "Bearer nope")).statusCode())
          .isEqualTo(200);
      assertThat(send(request("/health/live").method("HEAD", BodyPublishers.noBody())).statusCode())
          .isEqualTo(200);
    }

    @Test
    void readiness_needs_no_token_and_names_its_checks() {
      HttpResponse<String> response = send(request("/health/ready"));

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode health = json(response);
      assertThat(health.get("status").asText()).isEqualTo("UP");
      assertThat(health.get("checks"))
          .contains(parse("{\"name\": \"database\", \"status\": \"UP\"}"));
      assertThat(health.get("checks"))
          .allSatisfy(check -> assertThat(check.get("status").asText()).isEqualTo("UP"));
    }

    @Test
    void the_openapi_document_is_served_without_a_token() {
      HttpResponse<String> response = send(request("/openapi.json"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/json");
      assertThat(json(response).get("openapi").asText()).startsWith("3.");
      assertThat(json(response).get("paths").has(PRODUCTS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/jwks.json", "/.well-known/openid-configuration"})
    void the_issuer_documents_need_no_token(String path) {
      HttpResponse<String> response = send(request(path));

      assertThat(response.statusCode()).isIn(200, 404);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/json");
    }

    @Test
    void only_reads_of_public_paths_are_public() {
      assertUnauthorized(
          send(request("/health/live").POST(BodyPublishers.noBody())), BARE_CHALLENGE);
      assertUnauthorized(send(request("/health/live/")), BARE_CHALLENGE);
      assertUnauthorized(send(request("/health")), BARE_CHALLENGE);
    }
  }

  private static void assertUnauthorized(HttpResponse<String> response, String challenge) {
    assertThat(assertError(response, 401))
        .isEqualTo("Unauthorized: Missing or invalid Authorization header");
    assertThat(response.body()).isEqualTo(UNAUTHORIZED_BODY);
    assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(challenge);
  }

  private static void assertForbidden(HttpResponse<String> response) {
    assertThat(assertError(response, 403)).isEqualTo(INSUFFICIENT_PERMISSIONS);
  }

  /** Sends the request to the server under test. */
  protected final HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> response = new RawHttp(baseUri()).send(request);
    OpenApiConformance.assertDocumented(baseUri(), response);
    return response;
  }

  protected final HttpRequest.Builder request(String path) {
    return new RawHttp(baseUri()).request(path);
  }

  private HttpRequest.Builder jsonRequest(String path, String token) {
    return authorized(request(path), token).header("Content-Type", "application/json");
  }

  private HttpResponse<String> post(String token, String body) {
    return post(token, BodyPublishers.ofString(body));
  }

  private HttpResponse<String> post(String token, BodyPublisher body) {
    return send(jsonRequest(PRODUCTS, token).POST(body));
  }

  private HttpResponse<String> put(String id, String token, String body, String... headers) {
    HttpRequest.Builder request = jsonRequest(product(id), token);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.PUT(BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> delete(String id, String token, String... headers) {
    HttpRequest.Builder request = authorized(request(product(id)), token);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.DELETE());
  }

  private String createdId(String token, String body) {
    HttpResponse<String> response = post(token, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asText();
  }

  /** The ids of every product the token's organization has, following next_cursor. */
  private List<String> listAll(String token, int limit) {
    List<String> ids = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String query = "?limit=" + limit;
    while (true) {
      JsonNode page = json(send(authorized(request(PRODUCTS + query), token)));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
      page.get("items").forEach(item -> ids.add(item.get("id").asText()));
      if (page.get("next_cursor").isNull()) {
        return ids;
      }
      String cursor = page.get("next_cursor").asText();
      assertThat(cursors.add(cursor)).as("cursor repeated: %s", cursor).isTrue();
      query = "?limit=" + limit + "&cursor=" + cursor;
    }
  }

  private String token(String tenantId, String organization, String role) {
    return validToken(
        "user-" + role, claims("tenantid", tenantId, "org_id", organization, "role", role));
  }

  private static String product(String id) {
    return PRODUCTS + "/" + id;
  }

  private static Map<String, Object> claims(Object... keysAndValues) {
    Map<String, Object> claims = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      claims.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return claims;
  }

  private static String newProduct(String sku) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("sku", sku);
    body.put("name", "Product " + sku);
    body.put("description", "About " + sku);
    ObjectNode price = body.putObject("price");
    price.put("amount", "19.99");
    price.put("currency", "EUR");
    return body.toString();
  }

  private static String priced(String amount, String currency) {
    return "{\"sku\": \"s\", \"name\": \"n\", \"price\": {\"amount\": \""
        + amount
        + "\", \"currency\": \""
        + currency
        + "\"}}";
  }

  /** A well-formed product body of exactly {@code size} bytes, its sku far too long. */
  private static String bodyOfSize(int size) {
    String head = "{\"sku\": \"";
    String tail = "\", \"name\": \"n\", \"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}";
    return head + "x".repeat(size - head.length() - tail.length()) + tail;
  }

  /** Without a known length, so the client sends it chunked. */
  private static BodyPublisher chunked(String body) {
    byte[] bytes = body.getBytes(UTF_8);
    return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
  }
}
