package io.synq.application;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.CreateProductUseCase;
import io.synq.application.port.in.CreateUserUseCase;
import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.application.port.in.DeleteProductUseCase;
import io.synq.application.port.in.GetProductUseCase;
import io.synq.application.port.in.ListProductsUseCase;
import io.synq.application.port.in.ListUsersUseCase;
import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.SignInUseCase;
import io.synq.application.port.in.SignOutEverywhereUseCase;
import io.synq.application.port.in.SignOutUseCase;
import io.synq.application.port.in.UpdateProductUseCase;
import io.synq.application.port.in.UpdateUserUseCase;
import io.synq.application.port.out.AttemptCounter;
import io.synq.application.port.out.IdTokenIssuer;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.ProductRepository;
import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.TokenGenerations;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.UserRepository;
import io.synq.application.service.AuthenticateService;
import io.synq.application.service.CreateProductService;
import io.synq.application.service.CreateUserService;
import io.synq.application.service.CurrentAccountService;
import io.synq.application.service.DeleteProductService;
import io.synq.application.service.GetProductService;
import io.synq.application.service.ListProductsService;
import io.synq.application.service.ListUsersService;
import io.synq.application.service.ProvisionAdminService;
import io.synq.application.service.RefreshSessionService;
import io.synq.application.service.RefreshTokens;
import io.synq.application.service.SignInService;
import io.synq.application.service.SignInThrottle;
import io.synq.application.service.SignOutEverywhereService;
import io.synq.application.service.SignOutService;
import io.synq.application.service.StoredTokenGenerations;
import io.synq.application.service.UpdateProductService;
import io.synq.application.service.UpdateUserService;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The front door of the application ring: every use case, built once from the out-ports, the
 * policies and a clock, and handed out as its in-port. Adapters drive the core only through what
 * this returns; a new use case is one more field here.
 *
 * <p>Products are always there. Accounts (sign-in, refresh, sign-out, user administration) exist
 * only when this server issues its own tokens ({@link Builder#accounts}); with an external issuer
 * that issuer owns the users, and {@link #hasAccounts()} is false.
 */
public final class SynqCore {
  private final AuthenticateUseCase authenticate;
  private final ListProductsUseCase listProducts;
  private final GetProductUseCase getProduct;
  private final CreateProductUseCase createProduct;
  private final UpdateProductUseCase updateProduct;
  private final DeleteProductUseCase deleteProduct;
  private final Optional<AccountUseCases> accounts;

  private SynqCore(Builder builder) {
    ProductRepository products = builder.products;
    Clock clock = builder.clock;
    this.listProducts = new ListProductsService(products);
    this.getProduct = new GetProductService(products);
    this.createProduct = new CreateProductService(products, clock);
    this.updateProduct = new UpdateProductService(products, clock);
    this.deleteProduct = new DeleteProductService(products);
    this.accounts =
        Optional.ofNullable(builder.accounts).map(stores -> accountUseCases(stores, builder));
    this.authenticate =
        builder.accounts == null
            ? new AuthenticateService(builder.tokens)
            : new AuthenticateService(
                builder.tokens,
                builder.revocations.apply(new StoredTokenGenerations(builder.accounts.users())));
  }

  private static AccountUseCases accountUseCases(AccountStores stores, Builder builder) {
    Clock clock = builder.clock;
    UserRepository users = stores.users();
    RefreshTokens refreshTokens =
        new RefreshTokens(stores.refreshTokens(), builder.refreshLifetime);
    SignInThrottle throttle = new SignInThrottle(stores.attempts(), builder.signInLimits);
    return new AccountUseCases(
        new SignInService(
            users, stores.passwordHasher(), stores.idTokens(), refreshTokens, throttle, clock),
        new RefreshSessionService(
            stores.refreshTokens(), refreshTokens, users, stores.idTokens(), clock),
        new SignOutService(stores.refreshTokens(), clock),
        new SignOutEverywhereService(users, stores.refreshTokens(), clock),
        new CreateUserService(users, stores.passwordHasher(), clock),
        new ListUsersService(users),
        new UpdateUserService(users, clock),
        new CurrentAccountService(users),
        new ProvisionAdminService(users, stores.passwordHasher(), clock));
  }

  /**
   * A core over these products, authenticating with this verifier.
   *
   * @param clock what every use case takes the time from
   */
  public static Builder builder(ProductRepository products, TokenVerifier tokens, Clock clock) {
    return new Builder(products, tokens, clock);
  }

  public AuthenticateUseCase authenticate() {
    return authenticate;
  }

  public ListProductsUseCase listProducts() {
    return listProducts;
  }

  public GetProductUseCase getProduct() {
    return getProduct;
  }

  public CreateProductUseCase createProduct() {
    return createProduct;
  }

  public UpdateProductUseCase updateProduct() {
    return updateProduct;
  }

  public DeleteProductUseCase deleteProduct() {
    return deleteProduct;
  }

  /** Whether this core keeps accounts: false when tokens come from an external issuer. */
  public boolean hasAccounts() {
    return accounts.isPresent();
  }

  /**
   * Re-reads the calling user on every user administration call, so that a disabled or demoted
   * administrator loses that power before its token expires.
   */
  public CurrentAccountUseCase currentAccount() {
    return requireAccounts().currentAccount;
  }

  public SignInUseCase signIn() {
    return requireAccounts().signIn;
  }

  public RefreshSessionUseCase refreshSession() {
    return requireAccounts().refreshSession;
  }

  public SignOutUseCase signOut() {
    return requireAccounts().signOut;
  }

  public SignOutEverywhereUseCase signOutEverywhere() {
    return requireAccounts().signOutEverywhere;
  }

  public CreateUserUseCase createUser() {
    return requireAccounts().createUser;
  }

  public ListUsersUseCase listUsers() {
    return requireAccounts().listUsers;
  }

  public UpdateUserUseCase updateUser() {
    return requireAccounts().updateUser;
  }

  /** For the command line: the first administrator of an organization, without a caller. */
  public ProvisionAdminUseCase provisionAdmin() {
    return requireAccounts().provisionAdmin;
  }

  private AccountUseCases requireAccounts() {
    return accounts.orElseThrow(
        () -> new IllegalStateException("no accounts: tokens come from an external issuer"));
  }

  /**
   * Where accounts are kept, for a core that issues its own tokens.
   *
   * @param attempts where failed sign-ins are counted, for the throttle
   */
  public record AccountStores(
      UserRepository users,
      RefreshTokenStore refreshTokens,
      PasswordHasher passwordHasher,
      IdTokenIssuer idTokens,
      AttemptCounter attempts) {
    public AccountStores {
      requireNonNull(users, "users");
      requireNonNull(refreshTokens, "refreshTokens");
      requireNonNull(passwordHasher, "passwordHasher");
      requireNonNull(idTokens, "idTokens");
      requireNonNull(attempts, "attempts");
    }
  }

  private record AccountUseCases(
      SignInUseCase signIn,
      RefreshSessionUseCase refreshSession,
      SignOutUseCase signOut,
      SignOutEverywhereUseCase signOutEverywhere,
      CreateUserUseCase createUser,
      ListUsersUseCase listUsers,
      UpdateUserUseCase updateUser,
      CurrentAccountUseCase currentAccount,
      ProvisionAdminUseCase provisionAdmin) {}

  /** The out-ports a core needs, and the policies that have defaults. */
  public static final class Builder {
    private final ProductRepository products;
    private final TokenVerifier tokens;
    private final Clock clock;
    private AccountStores accounts;
    private SignInLimits signInLimits = SignInLimits.DEFAULT;
    private Duration refreshLifetime = RefreshTokens.DEFAULT_LIFETIME;
    private UnaryOperator<TokenGenerations> revocations = UnaryOperator.identity();

    private Builder(ProductRepository products, TokenVerifier tokens, Clock clock) {
      this.products = requireNonNull(products, "products");
      this.tokens = requireNonNull(tokens, "tokens");
      this.clock = requireNonNull(clock, "clock");
    }

    /** This core issues its own tokens and keeps the accounts that sign in for them here. */
    public Builder accounts(AccountStores stores) {
      this.accounts = requireNonNull(stores, "stores");
      return this;
    }

    /** How many failed sign-ins are allowed, and over what window. */
    public Builder signInLimits(SignInLimits limits) {
      this.signInLimits = requireNonNull(limits, "limits");
      return this;
    }

    /** How long a refresh token lasts from its issue. */
    public Builder refreshLifetime(Duration lifetime) {
      this.refreshLifetime = requireNonNull(lifetime, "lifetime");
      return this;
    }

    /**
     * How revocations are read on every authenticated request: wraps the generations stored with
     * the users, for example in a cache that tolerates some staleness. Unset, each request reads
     * the store.
     */
    public Builder revocations(UnaryOperator<TokenGenerations> seenThrough) {
      this.revocations = requireNonNull(seenThrough, "seenThrough");
      return this;
    }

    public SynqCore build() {
      return new SynqCore(this);
    }
  }
}
