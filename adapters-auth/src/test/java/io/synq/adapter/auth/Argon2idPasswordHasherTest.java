package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.account.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idPasswordHasherTest {
  /** Cheap enough for unit tests; the defaults have a test of their own. */
  private static final Argon2idCost CHEAP = new Argon2idCost(64, 1, 1);

  private static final Password PASSWORD = new Password("correct horse battery staple");

  private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(CHEAP);

  @Test
  void matches_the_password_it_hashed() {
    assertThat(hasher.matches(PASSWORD, hasher.hash(PASSWORD))).isTrue();
  }

  @Test
  void rejects_any_other_password() {
    String hash = hasher.hash(PASSWORD);

    assertThat(hasher.matches(new Password("correct horse battery stapler"), hash)).isFalse();
    assertThat(hasher.matches(new Password(""), hash)).isFalse();
  }

  @Test
  void salts_every_hash_differently() {
    String first = hasher.hash(PASSWORD);
    String second = hasher.hash(PASSWORD);

    assertThat(first).isNotEqualTo(second);
    assertThat(salt(first)).isNotEqualTo(salt(second));
    assertThat(hasher.matches(PASSWORD, second)).isTrue();
  }

  @Test
  void writes_a_phc_string_with_the_configured_cost_a_16_byte_salt_and_a_32_byte_hash() {
    assertThat(new Argon2idPasswordHasher(new Argon2idCost(256, 3, 2)).hash(PASSWORD))
        .matches("\\$argon2id\\$v=19\\$m=256,t=3,p=2\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
  }

  @Test
  void reads_hashes_of_the_reference_implementation() {
    // echo -n password | argon2 somesalt -id -t 2 -m 16 -p 4 -l 32 -e (P-H-C/phc-winner-argon2)
    String reference =
        "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo";

    assertThat(hasher.matches(new Password("password"), reference)).isTrue();
  }

  @Test
  void checks_a_stored_hash_with_the_cost_it_records() {
    String hashedBeforeTheCostWasRaised = hasher.hash(PASSWORD);

    Argon2idPasswordHasher raised = new Argon2idPasswordHasher(new Argon2idCost(128, 2, 1));

    assertThat(raised.matches(PASSWORD, hashedBeforeTheCostWasRaised)).isTrue();
    assertThat(raised.hash(PASSWORD)).startsWith("$argon2id$v=19$m=128,t=2,p=1$");
  }

  @Test
  void defaults_to_owasps_recommended_cost() {
    Argon2idPasswordHasher defaults = Argon2idPasswordHasher.withDefaultCost();

    String hash = defaults.hash(PASSWORD);

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(defaults.matches(PASSWORD, hash)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a hash",
        "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
        "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
        "$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo$",
        "$argon2id$v=19$t=1,m=64,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA==$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434Iim",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxw",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNh$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/",
        "$argon2id$v=19$m=64,t=0,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
        "$argon2id$v=19$m=64,t=1,p=0$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
        "$argon2id$v=19$m=4,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
        "$argon2id$v=19$m=99999999999,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo"
      })
  void refuses_an_unreadable_hash_without_throwing(String stored) {
    assertThat(hasher.matches(new Password("password"), stored)).isFalse();
  }

  @Test
  void refuses_a_null_hash() {
    assertThat(hasher.matches(PASSWORD, null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo",
        "$argon2id$v=19$m=65536,t=999,p=1$c29tZXNhbHRzb21lc2FsdA$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo"
      })
  void refuses_a_stored_hash_that_demands_more_than_the_bounds_without_computing_it(
      String hostile) {
    // 4 GiB would exhaust the heap, 999 passes over 64 MiB would take minutes.
    assertThat(hasher.matches(PASSWORD, hostile)).isFalse();
  }

  @Test
  void refuses_to_be_configured_beyond_the_bounds_it_reads_with() {
    assertThatThrownBy(() -> new Argon2idCost(Argon2idCost.MAX_MEMORY_KIB + 1, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2idCost(64, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2idCost(64, 1, Argon2idCost.MAX_PARALLELISM + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2idCost(15, 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String salt(String phc) {
    return phc.split("\\$")[4];
  }
}
