package io.synq.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantIdTest {
  @Test
  void accepts_opaque_identifiers_up_to_128_characters() {
    assertThat(TenantId.isValid("acme")).isTrue();
    assertThat(TenantId.isValid("x".repeat(128))).isTrue();
    assertThat(OrganizationId.isValid("org_42")).isTrue();
  }

  @Test
  void rejects_blank_overlong_and_control_characters() {
    assertThat(TenantId.isValid(null)).isFalse();
    assertThat(TenantId.isValid("")).isFalse();
    assertThat(TenantId.isValid("  ")).isFalse();
    assertThat(TenantId.isValid("x".repeat(129))).isFalse();
    assertThat(TenantId.isValid("a\tb")).isFalse();
    assertThat(OrganizationId.isValid("a\tb")).isFalse();
    assertThatThrownBy(() -> new OrganizationId("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prints_as_the_bare_identifier() {
    assertThat(new TenantId("acme")).hasToString("acme");
    assertThat(new OrganizationId("sales")).hasToString("sales");
  }

  @Test
  void scopes_differ_when_either_part_differs() {
    assertThat(OrgScope.of("t", "o")).isEqualTo(OrgScope.of("t", "o"));
    assertThat(OrgScope.of("t", "o")).isNotEqualTo(OrgScope.of("t", "p"));
    assertThat(OrgScope.of("t", "o")).isNotEqualTo(OrgScope.of("u", "o"));
  }
}
