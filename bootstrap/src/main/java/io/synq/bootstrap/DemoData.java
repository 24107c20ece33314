package io.synq.bootstrap;

import io.synq.application.port.in.CreateProductUseCase;
import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.domain.access.Caller;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.product.Description;
import io.synq.domain.product.Money;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductName;
import io.synq.domain.product.Sku;
import io.synq.domain.tenancy.OrgScope;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A demo organization for a first look: an administrator with a random password, a few products.
 */
final class DemoData {
  static final OrgScope SCOPE = OrgScope.of("demo", "demo-org");
  static final String EMAIL = "admin@demo.synq.test";

  private static final List<ProductDetails> PRODUCTS =
      List.of(
          product("TSHIRT-M", "T-shirt, medium", "Organic cotton", "19.99", "EUR"),
          product("MUG-01", "Mug", "Holds 300 ml", "8.50", "EUR"),
          product("CAP-RED", "Cap, red", null, "1500", "JPY"));

  record Credentials(String tenant, String organization, String email, String password) {
    @Override
    public String toString() {
      return "Credentials[email=" + email + "]";
    }
  }

  private DemoData() {}

  static Credentials seed(ProvisionAdminUseCase provision, CreateProductUseCase create) {
    String password = randomPassword();
    User admin =
        provision.provision(
            new ProvisionAdminUseCase.Command(SCOPE, new Email(EMAIL), new Password(password)));
    Caller caller = new Caller(admin.id().toString(), SCOPE, admin.role());
    PRODUCTS.forEach(details -> create.create(new CreateProductUseCase.Command(caller, details)));
    return new Credentials(SCOPE.tenant().value(), SCOPE.organization().value(), EMAIL, password);
  }

  private static ProductDetails product(
      String sku, String name, String description, String amount, String currency) {
    return new ProductDetails(
        new Sku(sku),
        new ProductName(name),
        Optional.ofNullable(description).map(Description::new),
        Money.parse(amount, currency));
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
