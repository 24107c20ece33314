package io.synq.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.Identity;
import io.synq.application.port.out.IdTokenClaims;
import io.synq.application.testing.InMemoryTokenVerifier;
import io.synq.application.testing.InMemoryUserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateServiceTest {
  private final InMemoryTokenVerifier verifier = new InMemoryTokenVerifier();
  private final AuthenticateService service = new AuthenticateService(verifier);

  /** With revocation, as for the embedded issuer's tokens. */
  private final InMemoryUserRepository users = new InMemoryUserRepository();

  private final AuthenticateService revocable =
      new AuthenticateService(verifier, new StoredTokenGenerations(users));

  private static Map<String, Object> claims(Object tenant, Object org, Object role) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("tenantid", tenant);
    claims.put("org_id", org);
    claims.put("role", role);
    return claims;
  }

  @Test
  void turns_the_verified_claims_into_a_caller() {
    String token = verifier.issue("user-1", "acme", "sales", "editor");

    Caller caller = service.authenticate(new AuthenticateUseCase.Query(token));

    assertThat(caller).isEqualTo(new Caller("user-1", OrgScope.of("acme", "sales"), Role.EDITOR));
  }

  @Test
  void identifies_the_caller_the_issuer_and_the_expiry() {
    Map<String, Object> claims = claims("acme", "sales", "viewer");
    claims.put("iss", "https://login.acme.test");
    claims.put("exp", 1_800_000_000L);

    Identity identity =
        service.identify(new AuthenticateUseCase.Query(verifier.issue("user-2", claims)));

    assertThat(identity)
        .isEqualTo(
            new Identity(
                new Caller("user-2", OrgScope.of("acme", "sales"), Role.VIEWER),
                "https://login.acme.test",
                Instant.ofEpochSecond(1_800_000_000L)));
  }

  @Test
  void fails_closed_on_a_verified_token_without_issuer_or_expiry() {
    for (Map.Entry<String, Object> unusable :
        Map.<String, Object>of("iss", 42, "exp", "soon").entrySet()) {
      Map<String, Object> claims = claims("acme", "sales", "viewer");
      claims.put(unusable.getKey(), unusable.getValue());
      String token = verifier.issue("user-3", claims);

      assertThatThrownBy(() -> service.authenticate(new AuthenticateUseCase.Query(token)))
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAUTHENTICATED));
    }
  }

  @Test
  void rejects_an_invalid_or_absent_token_as_unauthenticated() {
    assertKind(
        () -> service.authenticate(new AuthenticateUseCase.Query("nope")),
        DomainException.Kind.UNAUTHENTICATED);
    assertKind(
        () -> service.authenticate(new AuthenticateUseCase.Query("")),
        DomainException.Kind.UNAUTHENTICATED);
    assertKind(
        () -> service.authenticate(new AuthenticateUseCase.Query(null)),
        DomainException.Kind.UNAUTHENTICATED);
  }

  @Test
  void checks_tenantid_first_then_org_id_then_role() {
    Map<String, Object> nothing = new HashMap<>();
    assertForbidden(nothing, "Missing tenantid claim");

    Map<String, Object> tenantOnly = new HashMap<>(Map.of("tenantid", "t"));
    assertForbidden(tenantOnly, "Missing org_id claim");

    assertForbidden(new HashMap<>(Map.of("tenantid", "t", "org_id", "o")), "Missing role claim");
    assertForbidden(
        new HashMap<>(Map.of("org_id", "o", "role", "admin")), "Missing tenantid claim");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tenantid", "org_id", "role"})
  void treats_null_empty_and_non_string_claims_as_missing(String claim) {
    for (Object bad : new Object[] {null, "", 42, true, List.of("a"), Map.of("a", "b")}) {
      Map<String, Object> claims = claims("t", "o", "admin");
      claims.put(claim, bad);
      assertForbidden(claims, "Missing " + claim + " claim");
    }
  }

  @Test
  void treats_unusable_identifiers_as_missing() {
    assertForbidden(claims("   ", "o", "admin"), "Missing tenantid claim");
    assertForbidden(claims("t", "a\u0000b", "admin"), "Missing org_id claim");
    assertForbidden(claims("x".repeat(129), "o", "admin"), "Missing tenantid claim");
  }

  @Test
  void forbids_an_unknown_role() {
    assertForbidden(claims("t", "o", "owner"), "Insufficient permissions");
    assertForbidden(claims("t", "o", "ADMIN"), "Insufficient permissions");
  }

  private void assertForbidden(Map<String, Object> claims, String message) {
    String token = verifier.issue("sub", claims);
    assertThatThrownBy(() -> service.authenticate(new AuthenticateUseCase.Query(token)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  private static void assertKind(Runnable call, DomainException.Kind kind) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  // --- revocation of the embedded issuer's tokens ----------------------------------------------

  private User user() {
    User user =
        User.create(
            OrgScope.of("acme", "sales"),
            new Email("ada@acme.test"),
            Role.EDITOR,
            "hash",
            Instant.parse("2030-01-01T00:00:00Z"));
    users.insert(user);
    return user;
  }

  private String tokenOf(User user, Object generation) {
    Map<String, Object> claims = claims("acme", "sales", user.role().claimValue());
    claims.put(IdTokenClaims.TOKEN_GENERATION, generation);
    return verifier.issue(user.id().toString(), claims);
  }

  @Test
  void accepts_a_token_of_the_users_current_generation() {
    User user = user();

    assertThat(revocable.authenticate(new AuthenticateUseCase.Query(tokenOf(user, 0L))).subject())
        .isEqualTo(user.id().toString());
  }

  @Test
  void refuses_a_token_of_an_earlier_generation_with_the_documented_401() {
    User user = user();
    String token = tokenOf(user, 0L);
    users.update(user.withTokensRevoked(Instant.parse("2030-01-01T00:00:01Z")), user.version());

    assertUnauthenticated(() -> revocable.authenticate(new AuthenticateUseCase.Query(token)));
    assertThat(revocable.authenticate(new AuthenticateUseCase.Query(tokenOf(user, 1L))).subject())
        .isEqualTo(user.id().toString());
  }

  @Test
  void refuses_the_token_of_a_disabled_user() {
    User user = user();
    String token = tokenOf(user, 1L); // even one that names the generation disabling started
    users.update(user.withDisabled(true, Instant.parse("2030-01-01T00:00:01Z")), user.version());

    assertUnauthenticated(() -> revocable.authenticate(new AuthenticateUseCase.Query(token)));
  }

  @Test
  void refuses_a_generation_token_whose_user_is_not_in_the_tokens_scope() {
    User user = user();
    Map<String, Object> otherOrganization = claims("acme", "support", "editor");
    otherOrganization.put(IdTokenClaims.TOKEN_GENERATION, 0L);

    assertUnauthenticated(
        () ->
            revocable.authenticate(
                new AuthenticateUseCase.Query(
                    verifier.issue(user.id().toString(), otherOrganization))));
    assertUnauthenticated(
        () -> revocable.authenticate(new AuthenticateUseCase.Query(tokenOfNoStoredUser())));
  }

  private String tokenOfNoStoredUser() {
    Map<String, Object> claims = claims("acme", "sales", "editor");
    claims.put(IdTokenClaims.TOKEN_GENERATION, 0L);
    return verifier.issue(UserId.random().toString(), claims);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "zero", "0.0"})
  void refuses_a_generation_that_is_no_whole_number(String claimed) {
    User user = user();
    Object generation = claimed.equals("0.0") ? (Object) 0.0 : claimed;

    assertUnauthenticated(
        () -> revocable.authenticate(new AuthenticateUseCase.Query(tokenOf(user, generation))));
  }

  @Test
  void leaves_a_token_without_the_claim_to_the_rest_of_the_rules() {
    User user = user();
    users.update(user.withTokensRevoked(Instant.parse("2030-01-01T00:00:01Z")), user.version());

    // As the token command mints them: for no account, so there is nothing to revoke.
    String minted = verifier.issue(user.id().toString(), "acme", "sales", "editor");

    assertThat(revocable.authenticate(new AuthenticateUseCase.Query(minted)).role())
        .isEqualTo(Role.EDITOR);
  }

  @Test
  void never_consults_the_generations_without_them_for_an_external_issuers_tokens() {
    User user = user();

    // An external issuer's claim of the same name means nothing here.
    assertThat(service.authenticate(new AuthenticateUseCase.Query(tokenOf(user, 99L))).subject())
        .isEqualTo(user.id().toString());
  }

  private static void assertUnauthenticated(Runnable action) {
    assertKind(action, DomainException.Kind.UNAUTHENTICATED);
  }
}
