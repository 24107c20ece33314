package io.synq.adapter.rest;

import static io.synq.adapter.rest.RawHttp.assertError;
import static io.synq.adapter.rest.RawHttp.authorized;
import static io.synq.adapter.rest.RawHttp.fieldNames;
import static io.synq.adapter.rest.RawHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The HTTP contract of sign-in, refresh, sign-out and user administration, for a server that issues
 * its own tokens. Extend it with the server under test. Every test works in a tenant of its own,
 * with emails of its own, and signs in from client addresses of its own, so a shared server needs
 * no cleanup and no test uses up another's budget of failed sign-ins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AccountsHttpContract {
  private static final String LOGIN = "/api/v1/auth/login";
  private static final String REFRESH = "/api/v1/auth/refresh";
  private static final String LOGOUT = "/api/v1/auth/logout";
  private static final String USERS = "/api/v1/users";
  private static final String PRODUCTS = "/api/v1/products";
  private static final String ME = "/api/v1/me";
  private static final String LOGOUT_ALL = "/api/v1/auth/logout-all";
  private static final String JSON = "application/json";
  private static final String MERGE_PATCH = "application/merge-patch+json";
  protected static final String PASSWORD = "correct horse battery staple";
  private static final String INVALID_CREDENTIALS =
      "{\"error\": \"Unauthorized: Invalid email or password\"}";
  private static final String INVALID_REFRESH_TOKEN =
      "{\"error\": \"Unauthorized: Invalid refresh token\"}";
  private static final List<String> USER_FIELDS =
      List.of("id", "email", "role", "disabled", "created_at", "updated_at");

  private String tenant;

  /** A user of the server under test, as a test created it. */
  private record Account(String id, String email) {}

  /** The root of the API, such as {@code http://127.0.0.1:8080/}. */
  protected abstract URI baseUri();

  /**
   * Stores a user directly, bypassing the API, as {@code admin create} does.
   *
   * @param role {@code viewer}, {@code editor} or {@code admin}
   * @return the user's id
   */
  protected abstract String createUser(
      String tenant, String organization, String email, String password, String role);

  /**
   * The request, made to look to the server as if it came from the given client address, which
   * throttling counts failed sign-ins by. See {@link TestClientAddress}.
   */
  protected abstract HttpRequest.Builder fromClient(
      HttpRequest.Builder request, String clientAddress);

  /** How many failed sign-ins for one account from one client the server answers with 401. */
  protected abstract int failedSignInsBeforeThrottling();

  /** How many failed sign-ins for one account, from all clients together, it answers with 401. */
  protected abstract int failedSignInsPerAccountBeforeThrottling();

  /** How many failed sign-ins from one client, whatever the emails, it answers with 401. */
  protected abstract int failedSignInsPerClientBeforeThrottling();

  @BeforeEach
  void freshTenant() {
    tenant = "tenant-" + UUID.randomUUID();
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class SignIn {
    @Test
    void signing_in_answers_an_id_token_the_api_accepts_and_a_refresh_token() {
      Account editor = account("editor");

      HttpResponse<String> response = login(editor.email(), PASSWORD);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
      JsonNode tokens = json(response);
      assertThat(fieldNames(tokens))
          .containsExactlyInAnyOrder("id_token", "refresh_token", "token_type", "expires_in");
      assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
      assertThat(tokens.get("expires_in").isIntegralNumber()).isTrue();
      assertThat(tokens.get("expires_in").asLong()).isEqualTo(3600);
      assertThat(tokens.get("refresh_token").asText()).isNotBlank();
      String idToken = tokens.get("id_token").asText();
      assertThat(send(authorized(request(PRODUCTS), idToken)).statusCode()).isEqualTo(200);
      assertThat(post(PRODUCTS, idToken, newProduct()).statusCode()).isEqualTo(201);
    }

    @Test
    void the_email_is_matched_regardless_of_case() {
      Account viewer = account("viewer");

      HttpResponse<String> response = login(viewer.email().toUpperCase(Locale.ROOT), PASSWORD);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_an_unknown_email_and_a_disabled_user_get_the_same_401() {
      Account admin = account("admin");
      Account disabled = account("viewer");
      assertThat(patch(idToken(admin), disabled.id(), "{\"disabled\": true}", JSON).statusCode())
          .isEqualTo(200);

      List<HttpResponse<String>> refusals =
          List.of(
              login(admin.email(), PASSWORD + "!"),
              login(admin.email(), ""),
              login(newEmail("nobody"), PASSWORD),
              login("not an email", PASSWORD),
              login(disabled.email(), PASSWORD));

      assertThat(refusals)
          .allSatisfy(
              response -> {
                assertError(response, 401);
                assertThat(response.body()).isEqualTo(INVALID_CREDENTIALS);
                assertThat(response.headers().allValues("WWW-Authenticate")).isEmpty();
              });
    }

    @Test
    void the_sign_in_calls_need_no_token_and_ignore_a_bad_one() {
      Account viewer = account("viewer");

      HttpResponse<String> response =
          send(
              fromClient(request(LOGIN), newClient())
                  .header("Authorization", "Bearer not-a-token")
                  .header("Content-Type", JSON)
                  .POST(BodyPublishers.ofString(credentials(viewer.email(), PASSWORD))));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void repeated_failures_for_an_account_from_one_client_are_429_even_with_the_right_password() {
      Account viewer = account("viewer");
      String client = newClient();
      for (int i = 0; i < failedSignInsBeforeThrottling(); i++) {
        assertError(loginFrom(client, viewer.email(), "wrong password " + i), 401);
      }

      assertThrottled(loginFrom(client, viewer.email(), PASSWORD));
      assertThrottled(loginFrom(client, viewer.email().toUpperCase(Locale.ROOT), PASSWORD));
    }

    @Test
    void a_stranger_hammering_an_account_does_not_lock_out_its_owner() {
      Account admin = account("admin");
      String stranger = newClient();
      for (int i = 0; i < failedSignInsBeforeThrottling(); i++) {
        assertError(loginFrom(stranger, admin.email(), "guess " + i), 401);
      }
      for (int i = 0; i < failedSignInsBeforeThrottling() * 2; i++) {
        assertThrottled(loginFrom(stranger, admin.email(), "guess again " + i));
      }

      assertThat(login(admin.email(), PASSWORD).statusCode()).isEqualTo(200);
      assertThrottled(loginFrom(stranger, admin.email(), PASSWORD));
    }

    @Test
    void the_owner_signs_in_while_others_hammer_the_account_until_it_reaches_its_ceiling() {
      Account viewer = account("viewer");
      String owner = newClient();
      String hammer = newClient();
      for (int i = 0; i < failedSignInsPerAccountBeforeThrottling() - 1; i++) {
        if (i % failedSignInsBeforeThrottling() == 0) {
          hammer = newClient();
        }
        assertError(loginFrom(hammer, viewer.email(), "wrong password " + i), 401);
      }
      assertThat(loginFrom(owner, viewer.email(), PASSWORD).statusCode()).isEqualTo(200);

      assertError(login(viewer.email(), "one failure too many"), 401);

      assertThrottled(loginFrom(owner, viewer.email(), PASSWORD));
      assertThrottled(login(viewer.email(), PASSWORD));
    }

    @Test
    void repeated_failures_from_one_client_are_429_whatever_the_email() {
      Account viewer = account("viewer");
      String client = newClient();
      for (int i = 0; i < failedSignInsPerClientBeforeThrottling(); i++) {
        assertError(loginFrom(client, newEmail("nobody"), PASSWORD), 401);
      }

      assertThrottled(loginFrom(client, viewer.email(), PASSWORD));
      assertThat(login(viewer.email(), PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void a_client_cannot_name_its_own_address_in_the_internal_header() {
      Account viewer = account("viewer");
      String client = newClient();
      for (int i = 0; i < failedSignInsPerClientBeforeThrottling(); i++) {
        HttpRequest.Builder spoofed =
            request(LOGIN).header("Synq-Internal-Client-Address", "spoofed-" + UUID.randomUUID());
        assertError(
            send(
                fromClient(spoofed, client)
                    .header("Content-Type", JSON)
                    .POST(BodyPublishers.ofString(credentials(newEmail("nobody"), PASSWORD)))),
            401);
      }

      assertThrottled(loginFrom(client, viewer.email(), PASSWORD));
    }

    Stream<Arguments> badCredentialBodies() {
      return Stream.of(
          Arguments.of("{\"password\": \"p\"}", "email"),
          Arguments.of("{\"email\": null, \"password\": \"p\"}", "email"),
          Arguments.of("{\"email\": \"a@example.test\"}", "password"),
          Arguments.of("{\"email\": 1, \"password\": \"p\"}", "email"),
          Arguments.of("{\"email\": \"a@example.test\", \"password\": [\"p\"]}", "password"),
          Arguments.of(
              "{\"email\": \"a@example.test\", \"password\": \"p\", \"tenantid\": \"t\"}",
              "tenantid"),
          Arguments.of("[]", "JSON object"),
          Arguments.of("", "JSON object"),
          Arguments.of("{\"email\": ", "JSON"));
    }

    @ParameterizedTest
    @MethodSource("badCredentialBodies")
    void a_bad_sign_in_body_is_400_naming_what_is_wrong(String body, String named) {
      HttpResponse<String> response =
          send(
              fromClient(request(LOGIN), newClient())
                  .header("Content-Type", JSON)
                  .POST(BodyPublishers.ofString(body)));

      assertThat(assertError(response, 400)).contains(named);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "{\"email\": \"a@example.test\", \"password\": hunter2Secret}",
          "{\"email\": \"a@example.test\", \"password\": 7hunter2Secret}",
          "{\"email\": \"a@example.test\", \"password\": \"hunter2Secret",
          "{\"email\": \"a@example.test\", \"password\": \"hunter2Secret\", \"password\": \"p\"}",
          "{\"email\": \"a@example.test\", \"password\": [\"hunter2Secret\"]}",
          "{\"email\": \"a@example.test\", \"password\": \"hunter2Secret\", \"x\": \"hunter2\"}",
          "{\"email\": \"a@example.test\", \"password\": \"hunter2Secret\"} hunter2Secret"
        })
    void a_bad_sign_in_body_is_400_without_quoting_the_body(String body) {
      HttpResponse<String> response =
          send(
              fromClient(request(LOGIN), newClient())
                  .header("Content-Type", JSON)
                  .POST(BodyPublishers.ofString(body)));

      assertError(response, 400);
      assertThat(response.body()).doesNotContain("hunter2");
    }

    @Test
    void malformed_json_is_400_naming_only_where() {
      HttpResponse<String> response =
          postAnonymously(LOGIN, "{\"email\": \"a@example.test\",\n \"password\": hunter2Secret}");

      assertThat(assertError(response, 400))
          .matches("Bad Request: malformed JSON at line 2, column [0-9]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"refresh_token\": 5}", "{\"refresh_token\": \"r\", \"x\": 1}"})
    void a_bad_refresh_or_logout_body_is_400(String body) {
      assertError(postAnonymously(REFRESH, body), 400);
      assertError(postAnonymously(LOGOUT, body), 400);
    }

    @Test
    void a_sign_in_body_of_another_media_type_is_415() {
      HttpResponse<String> response =
          send(
              request(LOGIN)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(BodyPublishers.ofString("email=a%40example.test&password=p")));

      assertError(response, 415);
    }
  }

  @Nested
  class RefreshAndSignOut {
    @Test
    void a_refresh_answers_a_new_id_token_and_a_new_refresh_token() {
      JsonNode first = signIn(account("viewer"));

      HttpResponse<String> response = refresh(first.get("refresh_token").asText());

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
      JsonNode second = json(response);
      assertThat(fieldNames(second))
          .containsExactlyInAnyOrder("id_token", "refresh_token", "token_type", "expires_in");
      assertThat(second.get("expires_in").asLong()).isEqualTo(3600);
      assertThat(second.get("refresh_token").asText())
          .isNotEqualTo(first.get("refresh_token").asText());
      String idToken = second.get("id_token").asText();
      assertThat(send(authorized(request(PRODUCTS), idToken)).statusCode()).isEqualTo(200);
      assertThat(refresh(second.get("refresh_token").asText()).statusCode()).isEqualTo(200);
    }
  }

  /** Browser sessions: the refresh token in an HttpOnly cookie. */
  @Nested
  class BrowserSessions {
    @Test
    void a_browser_session_gets_its_refresh_token_as_a_strict_http_only_cookie_only() {
      HttpResponse<String> response = browserLogin(account("viewer"));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(fieldNames(json(response)))
          .containsExactlyInAnyOrder("id_token", "token_type", "expires_in");
      String cookie = setCookie(response);
      assertThat(cookie).startsWith("synq_refresh=").containsIgnoringCase("HttpOnly");
      assertThat(cookie).containsIgnoringCase("SameSite=Strict").contains("Path=/api/v1/auth");
      assertThat(cookie)
          .doesNotContainIgnoringCase("Max-Age")
          .doesNotContainIgnoringCase("Expires");
      String idToken = json(response).get("id_token").asText();
      assertThat(send(authorized(request(PRODUCTS), idToken)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_browser_session_refreshes_with_its_cookie_which_then_changes() {
      String first = cookieValue(browserLogin(account("viewer")));

      HttpResponse<String> refreshed = browserPost(REFRESH, first, true);

      assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
      assertThat(fieldNames(json(refreshed)))
          .containsExactlyInAnyOrder("id_token", "token_type", "expires_in");
      String second = cookieValue(refreshed);
      assertThat(second).isNotEqualTo(first);
      assertThat(browserPost(REFRESH, second, true).statusCode()).isEqualTo(200);
      assertInvalidRefreshToken(browserPost(REFRESH, first, true));
    }

    @Test
    void a_browser_session_signs_out_with_its_cookie_which_is_cleared_and_no_longer_refreshes() {
      String cookie = cookieValue(browserLogin(account("editor")));

      HttpResponse<String> signedOut = browserPost(LOGOUT, cookie, true);

      assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(204);
      assertThat(setCookie(signedOut)).startsWith("synq_refresh=;").contains("Max-Age=0");
      assertInvalidRefreshToken(browserPost(REFRESH, cookie, true));
    }

    @Test
    void without_the_session_header_the_cookie_is_never_read() {
      String cookie = cookieValue(browserLogin(account("viewer")));

      HttpResponse<String> response = browserPost(REFRESH, cookie, false);

      assertThat(assertError(response, 400)).contains("refresh_token is required");
      assertThat(browserPost(REFRESH, cookie, true).statusCode()).isEqualTo(200);
    }

    @Test
    void a_refresh_token_used_twice_is_401_and_ends_the_whole_session() {
      String first = signIn(account("viewer")).get("refresh_token").asText();
      String second = json(refresh(first)).get("refresh_token").asText();

      HttpResponse<String> replay = refresh(first);

      assertInvalidRefreshToken(replay);
      assertInvalidRefreshToken(refresh(second));
    }

    @Test
    void another_session_of_the_same_user_survives_a_replay() {
      Account viewer = account("viewer");
      String stolen = signIn(viewer).get("refresh_token").asText();
      String other = signIn(viewer).get("refresh_token").asText();
      refresh(stolen);

      assertInvalidRefreshToken(refresh(stolen));
      assertThat(refresh(other).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", "a.b.c"})
    void an_unknown_refresh_token_is_401(String token) {
      assertInvalidRefreshToken(refresh(token));
    }

    @Test
    void an_id_token_is_not_a_refresh_token() {
      JsonNode tokens = signIn(account("viewer"));

      assertInvalidRefreshToken(refresh(tokens.get("id_token").asText()));
    }

    @Test
    void logout_answers_204_and_the_session_no_longer_refreshes() {
      String token = signIn(account("viewer")).get("refresh_token").asText();

      HttpResponse<String> response = logout(token);

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.body()).isEmpty();
      assertInvalidRefreshToken(refresh(token));
      assertThat(logout(token).statusCode()).isEqualTo(204);
      assertThat(logout("never-issued").statusCode()).isEqualTo(204);
    }

    @Test
    void logout_with_an_older_token_of_the_session_ends_the_session() {
      String first = signIn(account("viewer")).get("refresh_token").asText();
      String second = json(refresh(first)).get("refresh_token").asText();

      assertThat(logout(first).statusCode()).isEqualTo(204);

      assertInvalidRefreshToken(refresh(second));
    }

    @Test
    void a_disabled_user_can_no_longer_refresh() {
      Account admin = account("admin");
      Account viewer = account("viewer");
      String token = signIn(viewer).get("refresh_token").asText();

      assertThat(patch(idToken(admin), viewer.id(), "{\"disabled\": true}", JSON).statusCode())
          .isEqualTo(200);

      assertInvalidRefreshToken(refresh(token));
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Users {
    @Test
    void an_admin_adds_a_user_who_can_then_sign_in() {
      String token = idToken(account("admin"));
      String email = newEmail("New.User").toUpperCase(Locale.ROOT);

      HttpResponse<String> response = post(USERS, token, newUser(email, "editor"));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      JsonNode user = assertUser(response);
      assertThat(user.get("email").asText()).isEqualTo(email.toLowerCase(Locale.ROOT));
      assertThat(user.get("role").asText()).isEqualTo("editor");
      assertThat(user.get("disabled").booleanValue()).isFalse();
      assertThat(user.get("created_at")).isEqualTo(user.get("updated_at"));
      assertThat(response.headers().firstValue("Location"))
          .hasValueSatisfying(
              location -> assertThat(location).endsWith(USERS + "/" + user.get("id").asText()));
      assertThat(login(email, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void an_admin_lists_the_users_of_the_own_organization_only() {
      Account admin = account("admin");
      Account viewer = account("viewer");
      account(tenant, "org-b", "viewer");
      account("other-" + tenant, "org-a", "viewer");

      HttpResponse<String> response = send(authorized(request(USERS), idToken(admin)));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode list = json(response);
      assertThat(fieldNames(list)).containsExactly("items");
      List<String> ids = new ArrayList<>();
      list.get("items").forEach(item -> ids.add(assertUserFields(item).get("id").asText()));
      assertThat(ids).containsExactlyInAnyOrder(admin.id(), viewer.id());
    }

    @Test
    void no_response_about_users_carries_a_password_or_its_hash() {
      String token = idToken(account("admin"));
      String email = newEmail("secret");
      HttpResponse<String> created = post(USERS, token, newUser(email, "viewer"));
      String id = json(created).get("id").asText();

      List<HttpResponse<String>> responses =
          List.of(
              created,
              send(authorized(request(USERS), token)),
              patch(token, id, "{\"role\": \"editor\"}", JSON),
              post(USERS, token, newUser(email, "viewer")));

      assertThat(responses)
          .allSatisfy(
              response ->
                  assertThat(response.body())
                      .doesNotContain(PASSWORD)
                      .doesNotContainIgnoringCase("password")
                      .doesNotContainIgnoringCase("hash")
                      .doesNotContain("$"));
    }

    @Test
    void an_admin_changes_a_role_then_disables_and_enables_a_user() {
      String token = idToken(account("admin"));
      Account user = account("viewer");

      JsonNode promoted = assertUser(patch(token, user.id(), "{\"role\": \"editor\"}", JSON));
      JsonNode disabled = assertUser(patch(token, user.id(), "{\"disabled\": true}", MERGE_PATCH));
      assertThat(assertError(login(user.email(), PASSWORD), 401))
          .isEqualTo("Unauthorized: Invalid email or password");
      JsonNode enabled = assertUser(patch(token, user.id(), "{\"disabled\": false}", JSON));

      assertThat(promoted.get("role").asText()).isEqualTo("editor");
      assertThat(disabled.get("disabled").booleanValue()).isTrue();
      assertThat(disabled.get("role").asText()).isEqualTo("editor");
      assertThat(enabled.get("disabled").booleanValue()).isFalse();
      assertThat(Instant.parse(enabled.get("updated_at").asText()))
          .isAfterOrEqualTo(Instant.parse(promoted.get("updated_at").asText()));
      String editorToken = signIn(user).get("id_token").asText();
      assertThat(post(PRODUCTS, editorToken, newProduct()).statusCode()).isEqualTo(201);
    }

    @Test
    void role_and_disabled_may_change_together() {
      String token = idToken(account("admin"));
      Account user = account("viewer");

      JsonNode changed =
          assertUser(patch(token, user.id(), "{\"role\": \"admin\", \"disabled\": true}", JSON));

      assertThat(changed.get("role").asText()).isEqualTo("admin");
      assertThat(changed.get("disabled").booleanValue()).isTrue();
    }

    @Test
    void administrators_cannot_disable_or_demote_themselves() {
      Account admin = account("admin");
      String token = idToken(admin);

      assertError(patch(token, admin.id(), "{\"disabled\": true}", JSON), 409);
      assertError(patch(token, admin.id(), "{\"role\": \"viewer\"}", JSON), 409);
      assertThat(login(admin.email(), PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void a_new_role_or_a_disable_revokes_the_users_live_id_tokens_on_every_endpoint() {
      String adminToken = idToken(account("admin"));
      Account editor = account("editor");
      String beforeTheNewRole = idToken(editor);
      assertThat(send(authorized(request(PRODUCTS), beforeTheNewRole)).statusCode()).isEqualTo(200);

      assertUser(patch(adminToken, editor.id(), "{\"role\": \"viewer\"}", JSON));

      assertRevoked(send(authorized(request(PRODUCTS), beforeTheNewRole)));
      assertRevoked(send(authorized(request(ME), beforeTheNewRole)));
      String asViewer = idToken(editor);
      assertThat(send(authorized(request(PRODUCTS), asViewer)).statusCode()).isEqualTo(200);

      assertUser(patch(adminToken, editor.id(), "{\"disabled\": true}", JSON));
      assertRevoked(send(authorized(request(PRODUCTS), asViewer)));
      assertUser(patch(adminToken, editor.id(), "{\"disabled\": false}", JSON));
      assertRevoked(send(authorized(request(PRODUCTS), asViewer))); // enabling brings none back
      assertThat(send(authorized(request(PRODUCTS), idToken(editor))).statusCode()).isEqualTo(200);
    }

    @Test
    void signing_out_everywhere_ends_every_chain_and_every_live_id_token_of_the_account() {
      Account ada = account("viewer");
      JsonNode laptop = signIn(ada);
      JsonNode phone = signIn(ada);
      Account bob = account("viewer");
      String bobsToken = idToken(bob);

      HttpResponse<String> done = post(LOGOUT_ALL, laptop.get("id_token").asText(), "");

      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
      assertThat(done.body()).isEmpty();
      for (JsonNode session : List.of(laptop, phone)) {
        assertRevoked(send(authorized(request(PRODUCTS), session.get("id_token").asText())));
        assertInvalidRefreshToken(refresh(session.get("refresh_token").asText()));
      }
      assertThat(send(authorized(request(PRODUCTS), bobsToken)).statusCode()).isEqualTo(200);
      JsonNode again = signIn(ada);
      assertThat(send(authorized(request(PRODUCTS), again.get("id_token").asText())).statusCode())
          .isEqualTo(200);
      assertThat(refresh(again.get("refresh_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void signing_out_everywhere_needs_the_bearers_own_id_token() {
      HttpResponse<String> anonymous = postAnonymously(LOGOUT_ALL, "");
      assertRevoked(anonymous);
      assertThat(anonymous.headers().allValues("WWW-Authenticate"))
          .containsExactly("Bearer realm=\"synq\"");

      JsonNode session = signIn(account("viewer"));
      assertRevoked(post(LOGOUT_ALL, session.get("refresh_token").asText(), ""));
      assertThat(refresh(session.get("refresh_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void signing_out_everywhere_from_the_browser_clears_its_cookie() {
      HttpResponse<String> login = browserLogin(account("editor"));
      String idToken = json(login).get("id_token").asText();

      HttpResponse<String> done =
          send(
              authorized(request(LOGOUT_ALL), idToken)
                  .header("Synq-Session", "cookie")
                  .POST(BodyPublishers.noBody()));

      assertThat(done.statusCode()).isEqualTo(204);
      assertThat(setCookie(done)).startsWith("synq_refresh=;").contains("Max-Age=0");
      assertInvalidRefreshToken(browserPost(REFRESH, cookieValue(login), true));
    }

    @Test
    void a_change_that_keeps_the_role_revokes_nothing() {
      String adminToken = idToken(account("admin"));
      Account editor = account("editor");
      String token = idToken(editor);

      assertUser(
          patch(adminToken, editor.id(), "{\"role\": \"editor\", \"disabled\": false}", JSON));

      assertThat(send(authorized(request(PRODUCTS), token)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_admin_loses_administration_before_its_token_expires() {
      String adminToken = idToken(account("admin"));
      Account other = account("admin");
      String otherToken = idToken(other);
      assertUser(patch(adminToken, other.id(), "{\"disabled\": true}", JSON));

      for (HttpResponse<String> response :
          List.of(
              patch(otherToken, other.id(), "{\"disabled\": false}", JSON),
              post(USERS, otherToken, newUser(newEmail("new-admin"), "admin")),
              post(USERS, otherToken, "{"),
              send(authorized(request(USERS), otherToken)))) {
        assertThat(assertError(response, 401))
            .isEqualTo("Unauthorized: Missing or invalid Authorization header");
      }
      assertThat(assertError(login(other.email(), PASSWORD), 401))
          .isEqualTo("Unauthorized: Invalid email or password");
    }

    @Test
    void a_demoted_admin_cannot_promote_itself_back() {
      String adminToken = idToken(account("admin"));
      Account other = account("admin");
      String tokenAsAdmin = idToken(other);
      assertUser(patch(adminToken, other.id(), "{\"role\": \"viewer\"}", JSON));

      assertRevoked(patch(tokenAsAdmin, other.id(), "{\"role\": \"admin\"}", JSON));
      String otherToken = idToken(other); // signed in again, as a viewer now
      assertForbidden(patch(otherToken, other.id(), "{\"role\": \"admin\"}", JSON));
      assertForbidden(post(USERS, otherToken, newUser(newEmail("new-admin"), "admin")));
      assertForbidden(post(USERS, otherToken, "{"));
      assertThat(
              json(send(authorized(request(USERS), adminToken))).findValuesAsText("role").stream()
                  .filter("admin"::equals))
          .hasSize(1);
    }

    @Test
    void a_taken_email_is_409_whatever_its_case_and_organization() {
      String token = idToken(account("admin"));
      Account elsewhere = account("other-" + tenant, "org-a", "viewer");

      HttpResponse<String> response =
          post(USERS, token, newUser(elsewhere.email().toUpperCase(Locale.ROOT), "viewer"));

      assertError(response, 409);
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "editor"})
    void only_an_admin_manages_users_and_that_is_checked_before_the_body(String role) {
      Account admin = account("admin");
      String token = idToken(account(role));

      assertForbidden(send(authorized(request(USERS), token)));
      assertForbidden(post(USERS, token, newUser(newEmail("x"), "viewer")));
      assertForbidden(post(USERS, token, "{"));
      assertForbidden(post(USERS, token, "{\"tenantid\": \"someone-else\"}"));
      assertForbidden(patch(token, admin.id(), "{\"role\": \"viewer\"}", JSON));
      assertForbidden(patch(token, admin.id(), "[1,", JSON));
      assertForbidden(patch(token, "not-an-id", "{}", MERGE_PATCH));
      assertForbidden(patch(token, admin.id(), "{\"role\": \"viewer\"}", "text/plain"));
      assertForbidden(send(authorized(request(USERS), token).header("Accept", "text/html")));
      assertForbidden(send(authorized(request(USERS + "/" + admin.id()).DELETE(), token)));
    }

    @Test
    void a_patch_of_another_media_type_is_415_and_changes_nothing() {
      String admin = idToken(account("admin"));
      Account viewer = account("viewer");

      assertError(patch(admin, viewer.id(), "{\"role\": \"editor\"}", "text/plain"), 415);
      assertThat(
              json(patch(admin, viewer.id(), "{\"disabled\": false}", MERGE_PATCH))
                  .get("role")
                  .asText())
          .isEqualTo("viewer");
    }

    @Test
    void the_users_need_a_bearer_token() {
      HttpResponse<String> response = send(request(USERS));

      assertThat(assertError(response, 401))
          .isEqualTo("Unauthorized: Missing or invalid Authorization header");
      assertThat(response.headers().allValues("WWW-Authenticate"))
          .containsExactly("Bearer realm=\"synq\"");
    }

    @Test
    void an_admin_of_another_organization_or_tenant_cannot_see_or_touch_a_user() {
      Account user = account("viewer");

      for (Account stranger :
          List.of(
              account(tenant, "org-b", "admin"), account("other-" + tenant, "org-a", "admin"))) {
        String token = idToken(stranger);
        assertError(patch(token, user.id(), "{\"disabled\": true}", JSON), 404);
        assertThat(json(send(authorized(request(USERS), token))).get("items"))
            .singleElement()
            .satisfies(item -> assertThat(item.get("id").asText()).isEqualTo(stranger.id()));
      }
      assertThat(login(user.email(), PASSWORD).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "123", "00000000-0000-0000-0000-000000000000"})
    void a_malformed_or_unknown_user_id_is_404(String id) {
      String token = idToken(account("admin"));

      assertError(patch(token, id, "{\"disabled\": true}", JSON), 404);
    }

    Stream<Arguments> badNewUsers() {
      String email = "\"email\": \"someone@example.test\"";
      String password = "\"password\": \"" + PASSWORD + "\"";
      String role = "\"role\": \"viewer\"";
      return Stream.of(
          Arguments.of("{" + password + ", " + role + "}", "email"),
          Arguments.of("{\"email\": \"no-at-sign\", " + password + ", " + role + "}", "email"),
          Arguments.of("{" + email + ", " + role + "}", "password"),
          Arguments.of("{" + email + ", \"password\": \"short\", " + role + "}", "password"),
          Arguments.of("{" + email + ", " + password + "}", "role"),
          Arguments.of("{" + email + ", " + password + ", \"role\": \"owner\"}", "role"),
          Arguments.of("{" + email + ", " + password + ", \"role\": 1}", "role"),
          Arguments.of("{" + email + ", " + password + ", \"role\": \"ADMIN\"}", "role"),
          Arguments.of(
              "{" + email + ", " + password + ", " + role + ", \"tenantid\": \"t\"}", "tenantid"),
          Arguments.of(
              "{" + email + ", " + password + ", " + role + ", \"org_id\": \"o\"}", "org_id"),
          Arguments.of(
              "{" + email + ", " + password + ", " + role + ", \"disabled\": true}", "disabled"),
          Arguments.of("[]", "JSON object"));
    }

    @ParameterizedTest
    @MethodSource("badNewUsers")
    void a_bad_new_user_is_400_naming_what_is_wrong(String body, String named) {
      String token = idToken(account("admin"));

      assertThat(assertError(post(USERS, token, body), 400)).contains(named);
      assertThat(json(send(authorized(request(USERS), token))).get("items")).hasSize(1);
    }

    Stream<Arguments> badPatches() {
      return Stream.of(
          Arguments.of("{}", "role"),
          Arguments.of("{\"role\": null}", "role"),
          Arguments.of("{\"role\": \"owner\"}", "role"),
          Arguments.of("{\"role\": true}", "role"),
          Arguments.of("{\"disabled\": null}", "disabled"),
          Arguments.of("{\"disabled\": \"true\"}", "disabled"),
          Arguments.of("{\"disabled\": 1}", "disabled"),
          Arguments.of("{\"email\": \"new@example.test\"}", "email"),
          Arguments.of("{\"tenantid\": \"t\"}", "tenantid"),
          Arguments.of("{\"password\": \"" + PASSWORD + "\"}", "password"));
    }

    @ParameterizedTest
    @MethodSource("badPatches")
    void a_bad_patch_is_400_naming_what_is_wrong_and_changes_nothing(String body, String named) {
      String token = idToken(account("admin"));
      Account user = account("viewer");

      assertThat(assertError(patch(token, user.id(), body, JSON), 400)).contains(named);
      assertThat(login(user.email(), PASSWORD).statusCode()).isEqualTo(200);
    }
  }

  private static void assertThrottled(HttpResponse<String> response) {
    assertThat(assertError(response, 429))
        .isEqualTo("Too Many Requests: Too many failed sign-in attempts; try again later");
    assertThat(response.headers().allValues("Retry-After"))
        .singleElement()
        .asString()
        .matches("[1-9][0-9]*");
  }

  private static void assertInvalidRefreshToken(HttpResponse<String> response) {
    assertError(response, 401);
    assertThat(response.body()).isEqualTo(INVALID_REFRESH_TOKEN);
    assertThat(response.headers().allValues("WWW-Authenticate")).isEmpty();
  }

  /** The documented 401, as for any token that does not count. */
  private static void assertRevoked(HttpResponse<String> response) {
    assertThat(assertError(response, 401))
        .isEqualTo("Unauthorized: Missing or invalid Authorization header");
  }

  private static void assertForbidden(HttpResponse<String> response) {
    assertThat(assertError(response, 403)).isEqualTo("Forbidden: Insufficient permissions");
  }

  /** A 200 or 201 with a user as its body. */
  private static JsonNode assertUser(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return assertUserFields(json(response));
  }

  private static JsonNode assertUserFields(JsonNode user) {
    assertThat(fieldNames(user)).containsExactlyInAnyOrderElementsOf(USER_FIELDS);
    assertThat(UUID.fromString(user.get("id").asText()).toString())
        .isEqualTo(user.get("id").asText());
    assertThat(user.get("disabled").isBoolean()).isTrue();
    assertThat(Instant.parse(user.get("created_at").asText()))
        .isBeforeOrEqualTo(Instant.parse(user.get("updated_at").asText()));
    return user;
  }

  private Account account(String role) {
    return account(tenant, "org-a", role);
  }

  private Account account(String tenantId, String organization, String role) {
    String email = newEmail(role);
    return new Account(createUser(tenantId, organization, email, PASSWORD, role), email);
  }

  /** Signs in from a client address of its own. */
  private JsonNode signIn(Account account) {
    HttpResponse<String> response = login(account.email(), PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private String idToken(Account account) {
    return signIn(account).get("id_token").asText();
  }

  /** From a client address of its own, so that only the email's failures count. */
  private HttpResponse<String> login(String email, String password) {
    return loginFrom(newClient(), email, password);
  }

  private HttpResponse<String> loginFrom(String client, String email, String password) {
    return send(
        fromClient(request(LOGIN), client)
            .header("Content-Type", JSON)
            .POST(BodyPublishers.ofString(credentials(email, password))));
  }

  private HttpResponse<String> browserLogin(Account account) {
    return send(
        fromClient(request(LOGIN), newClient())
            .header("Content-Type", JSON)
            .header("Synq-Session", "cookie")
            .POST(BodyPublishers.ofString(credentials(account.email(), PASSWORD))));
  }

  /** A refresh or sign-out as the dashboard sends it: {@code {}}, the cookie, the header. */
  private HttpResponse<String> browserPost(String path, String cookie, boolean withHeader) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", JSON)
            .header("Cookie", "synq_refresh=" + cookie)
            .POST(BodyPublishers.ofString("{}"));
    return send(withHeader ? request.header("Synq-Session", "cookie") : request);
  }

  private static String setCookie(HttpResponse<String> response) {
    List<String> cookies = response.headers().allValues("Set-Cookie");
    assertThat(cookies).hasSize(1);
    return cookies.get(0);
  }

  private static String cookieValue(HttpResponse<String> response) {
    String cookie = setCookie(response);
    return cookie.substring("synq_refresh=".length(), cookie.indexOf(';'));
  }

  private HttpResponse<String> refresh(String refreshToken) {
    return postAnonymously(REFRESH, refreshBody(refreshToken));
  }

  private HttpResponse<String> logout(String refreshToken) {
    return postAnonymously(LOGOUT, refreshBody(refreshToken));
  }

  private HttpResponse<String> postAnonymously(String path, String body) {
    return send(request(path).header("Content-Type", JSON).POST(BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> post(String path, String token, String body) {
    return send(
        authorized(request(path), token)
            .header("Content-Type", JSON)
            .POST(BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> patch(String token, String id, String body, String mediaType) {
    return send(
        authorized(request(USERS + "/" + id), token)
            .header("Content-Type", mediaType)
            .method("PATCH", BodyPublishers.ofString(body)));
  }

  protected final HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> response = new RawHttp(baseUri()).send(request);
    OpenApiConformance.assertDocumented(baseUri(), response);
    return response;
  }

  protected final HttpRequest.Builder request(String path) {
    return new RawHttp(baseUri()).request(path);
  }

  private static String newEmail(String name) {
    return name + "-" + UUID.randomUUID() + "@example.test";
  }

  private static String newClient() {
    return "client-" + UUID.randomUUID();
  }

  private static String credentials(String email, String password) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("email", email);
    body.put("password", password);
    return body.toString();
  }

  private static String refreshBody(String refreshToken) {
    return JsonNodeFactory.instance.objectNode().put("refresh_token", refreshToken).toString();
  }

  private static String newUser(String email, String role) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("email", email);
    body.put("password", PASSWORD);
    body.put("role", role);
    return body.toString();
  }

  private static String newProduct() {
    return "{\"sku\": \"sku-"
        + UUID.randomUUID()
        + "\", \"name\": \"n\", \"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}";
  }
}
