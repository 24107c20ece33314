package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the {@link JdbiSigningKeyStore} must do on each database. Every test names its keys with a
 * prefix of its own and looks only at those, so a shared database needs no cleanup.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource(TestDatabase.EACH)
class JdbiSigningKeyStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

  @Parameter OpenDatabase database;

  private SigningKeyStore store;
  private String prefix;

  @BeforeEach
  void store() {
    store = new JdbiSigningKeyStore(database.jdbi());
    prefix = UUID.randomUUID() + "-";
  }

  private StoredSigningKey key(String id, Instant createdAt) {
    return new StoredSigningKey(prefix + id, "{\"kid\":\"" + prefix + id + "\"}", createdAt);
  }

  private List<StoredSigningKey> mine() {
    return store.all().stream().filter(k -> k.keyId().startsWith(prefix)).toList();
  }

  @Test
  void returns_the_newest_key_first() {
    StoredSigningKey first = key("first", T0);
    StoredSigningKey newest = key("newest", T0.plusSeconds(3600));
    StoredSigningKey oldest = key("oldest", T0.minusNanos(1_000));
    store.add(first);
    store.add(newest);
    store.add(oldest);

    assertThat(mine()).containsExactly(newest, first, oldest);
  }

  @Test
  void orders_keys_created_at_the_same_instant_by_key_id() {
    StoredSigningKey b = key("b", T0);
    StoredSigningKey a = key("a", T0);
    store.add(b);
    store.add(a);

    assertThat(mine()).containsExactly(a, b);
  }

  @Test
  void keeps_large_material_verbatim() {
    String material = "{\"d\":\"" + "x".repeat(8_000) + "\",\"note\":\"ü 😀 ' \\\" ;--\"}";
    StoredSigningKey key = new StoredSigningKey(prefix + "big", material, T0);
    store.add(key);

    assertThat(mine()).containsExactly(key);
  }

  @Test
  void keeps_creation_times_to_the_microsecond() {
    store.add(key("k", Instant.parse("2026-01-02T03:04:05.123456789Z")));

    assertThat(mine())
        .extracting(StoredSigningKey::createdAt)
        .containsExactly(Instant.parse("2026-01-02T03:04:05.123456Z"));
  }

  @Test
  void replaces_the_material_of_a_key_that_still_holds_what_was_read() {
    StoredSigningKey original = key("k", T0);
    store.add(original);

    assertThat(store.replaceMaterial(original, "enc:v1:sealed")).isTrue();

    assertThat(mine()).containsExactly(new StoredSigningKey(original.keyId(), "enc:v1:sealed", T0));
  }

  @Test
  void leaves_material_that_changed_since_it_was_read() {
    StoredSigningKey original = key("k", T0);
    store.add(original);
    store.replaceMaterial(original, "enc:v1:first");

    assertThat(store.replaceMaterial(original, "enc:v1:second")).isFalse();

    assertThat(mine()).extracting(StoredSigningKey::material).containsExactly("enc:v1:first");
  }

  @Test
  void refuses_a_second_key_with_the_same_id_without_showing_its_material() {
    StoredSigningKey original = key("k", T0);
    store.add(original);
    String secret = "private-exponent-" + UUID.randomUUID();

    assertThatThrownBy(() -> store.add(new StoredSigningKey(original.keyId(), secret, T0)))
        .satisfies(
            e -> {
              for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(t.getMessage()).doesNotContain(secret);
              }
            });
    assertThat(mine()).containsExactly(original);
  }

  @Test
  void deletes_the_keys_replaced_before_the_cutoff_and_never_the_newest() {
    Instant later = Instant.parse("2090-01-01T00:00:00Z"); // newer than any other test's keys
    StoredSigningKey first = key("first", later);
    StoredSigningKey second = key("second", later.plusSeconds(3600));
    StoredSigningKey newest = key("newest", later.plusSeconds(7200));
    store.add(first);
    store.add(second);
    store.add(newest);

    assertThat(store.deleteReplacedBefore(later.plusSeconds(3601))).isPositive();
    assertThat(mine()).containsExactly(newest, second);

    store.deleteReplacedBefore(later.plusSeconds(1_000_000));
    assertThat(mine()).containsExactly(newest);
    assertThat(store.deleteReplacedBefore(later.plusSeconds(1_000_000))).isZero();
  }
}
