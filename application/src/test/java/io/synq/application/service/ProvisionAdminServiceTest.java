package io.synq.application.service;

import static io.synq.application.service.Accounts.ACME_SALES;
import static io.synq.application.service.Accounts.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import org.junit.jupiter.api.Test;

class ProvisionAdminServiceTest {
  private static final String PASSWORD = "the first admin's password";

  private final Accounts accounts = new Accounts();
  private final ProvisionAdminUseCase provision = accounts.core.provisionAdmin();

  private User provision(OrgScope scope, String email, String password) {
    return provision.provision(
        new ProvisionAdminUseCase.Command(scope, new Email(email), new Password(password)));
  }

  @Test
  void creates_an_administrator_of_the_organization_who_can_sign_in() {
    assertThat(accounts.users.any()).isFalse();

    User admin = provision(ACME_SALES, "Root@Acme.example", PASSWORD);

    assertThat(admin.scope()).isEqualTo(ACME_SALES);
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.email().value()).isEqualTo("root@acme.example");
    assertThat(accounts.users.any()).isTrue();
    String idToken = accounts.signIn("root@acme.example", PASSWORD, "cli").idToken();
    assertThat(accounts.idTokens.issuedTo(idToken)).contains(admin);
  }

  @Test
  void refuses_a_short_password_or_a_malformed_email() {
    assertRefused(
        () -> provision(ACME_SALES, "root@acme.example", "short"),
        Kind.INVALID,
        "password must be 12-256 characters");
    assertRefused(() -> provision(ACME_SALES, "root", PASSWORD), Kind.INVALID);
    assertThat(accounts.users.any()).isFalse();
  }

  @Test
  void refuses_an_email_that_is_taken() {
    provision(ACME_SALES, "root@acme.example", PASSWORD);

    assertRefused(
        () -> provision(ACME_SALES, "ROOT@acme.example", PASSWORD),
        Kind.CONFLICT,
        UserRepository.EMAIL_IN_USE);
  }
}
