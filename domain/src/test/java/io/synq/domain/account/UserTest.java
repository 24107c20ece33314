package io.synq.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.domain.access.Role;
import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {
  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final Instant T1 = T0.plusSeconds(1);

  private final User user =
      User.create(OrgScope.of("acme", "sales"), new Email("ada@acme.test"), Role.EDITOR, "h", T0);

  @Test
  void a_new_user_is_in_its_first_token_generation() {
    assertThat(user.tokenGeneration()).isZero();
    assertThat(user.version()).isEqualTo(1);
  }

  @Test
  void a_new_role_starts_a_new_token_generation_the_same_role_does_not() {
    assertThat(user.withRole(Role.ADMIN, T1).tokenGeneration()).isEqualTo(1);
    assertThat(user.withRole(Role.VIEWER, T1).tokenGeneration()).isEqualTo(1);
    assertThat(user.withRole(Role.EDITOR, T1).tokenGeneration()).isZero();
  }

  @Test
  void disabling_starts_a_new_token_generation_and_enabling_keeps_it() {
    User disabled = user.withDisabled(true, T1);
    assertThat(disabled.tokenGeneration()).isEqualTo(1);
    assertThat(disabled.withDisabled(true, T1).tokenGeneration()).isEqualTo(1);

    User enabled = disabled.withDisabled(false, T1);
    assertThat(enabled.tokenGeneration()).isEqualTo(1); // the old tokens stay revoked
    assertThat(enabled.disabled()).isFalse();
  }

  @Test
  void revoking_the_tokens_starts_a_new_generation_and_changes_nothing_else() {
    User revoked = user.withTokensRevoked(T1);

    assertThat(revoked.tokenGeneration()).isEqualTo(1);
    assertThat(revoked.version()).isEqualTo(2);
    assertThat(revoked.updatedAt()).isEqualTo(T1);
    assertThat(revoked.withTokensRevoked(T1).tokenGeneration()).isEqualTo(2);
    assertThat(revoked.role()).isEqualTo(user.role());
    assertThat(revoked.disabled()).isFalse();
  }

  @Test
  void prints_neither_its_password_hash_nor_its_email() {
    User stored =
        User.create(
            OrgScope.of("acme", "sales"),
            new Email("grace@acme.test"),
            Role.VIEWER,
            "$argon2id$v=19$secret-hash",
            T0);

    assertThat(stored.toString())
        .startsWith("User[id=" + stored.id() + ", scope=")
        .contains("role=VIEWER", "disabled=false", "version=1", "tokenGeneration=0")
        .doesNotContain("argon2id", "secret-hash", "grace");
  }
}
