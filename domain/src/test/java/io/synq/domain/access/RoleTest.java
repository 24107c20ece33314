package io.synq.domain.access;

import static io.synq.domain.access.Permission.IDENTITY_READ;
import static io.synq.domain.access.Permission.OWN_SESSIONS_END;
import static io.synq.domain.access.Permission.PRODUCT_CREATE;
import static io.synq.domain.access.Permission.PRODUCT_DELETE;
import static io.synq.domain.access.Permission.PRODUCT_READ;
import static io.synq.domain.access.Permission.PRODUCT_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import io.synq.domain.tenancy.OrgScope;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {
  @Test
  void viewer_reads_only() {
    assertThat(allowed(Role.VIEWER)).containsExactly(IDENTITY_READ, OWN_SESSIONS_END, PRODUCT_READ);
  }

  @Test
  void editor_reads_creates_and_updates_but_does_not_delete() {
    assertThat(allowed(Role.EDITOR))
        .containsExactly(
            IDENTITY_READ, OWN_SESSIONS_END, PRODUCT_READ, PRODUCT_CREATE, PRODUCT_UPDATE);
  }

  @Test
  void admin_does_everything() {
    assertThat(allowed(Role.ADMIN)).containsExactly(Permission.values());
  }

  @Test
  void is_named_in_tokens_by_its_exact_lower_case_name() {
    assertThat(Role.fromClaim("viewer")).contains(Role.VIEWER);
    assertThat(Role.fromClaim("editor")).contains(Role.EDITOR);
    assertThat(Role.fromClaim("admin")).contains(Role.ADMIN);
    assertThat(Role.fromClaim("Admin")).isEmpty();
    assertThat(Role.fromClaim("owner")).isEmpty();
    assertThat(Role.fromClaim(null)).isEmpty();
  }

  @Test
  void is_parsed_from_user_input_by_the_same_names_and_refuses_any_other() {
    assertThat(Role.parse("editor")).isEqualTo(Role.EDITOR);
    assertThatThrownBy(() -> Role.parse("owner"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
        .hasMessage("role must be viewer, editor or admin");
  }

  @Test
  void a_caller_without_the_permission_is_forbidden() {
    Caller viewer = new Caller("sub", OrgScope.of("t", "o"), Role.VIEWER);

    viewer.require(PRODUCT_READ);
    assertThatThrownBy(() -> viewer.require(PRODUCT_DELETE))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
              assertThat(e.getMessage()).isEqualTo("Insufficient permissions");
            });
  }

  private static Permission[] allowed(Role role) {
    return Arrays.stream(Permission.values()).filter(role::permits).toArray(Permission[]::new);
  }
}
