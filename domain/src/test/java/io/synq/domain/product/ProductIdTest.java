package io.synq.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductIdTest {
  @Test
  void new_ids_are_version_7_and_ordered_by_creation_time() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    List<ProductId> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ids.add(ProductId.newId(t.plusMillis(i)));
    }

    assertThat(ids).allSatisfy(id -> assertThat(id.value().version()).isEqualTo(7));
    assertThat(ids).allSatisfy(id -> assertThat(id.value().variant()).isEqualTo(2));
    assertThat(ids).isSorted();
  }

  @Test
  void ids_made_in_the_same_millisecond_keep_their_order() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    List<ProductId> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(ProductId.newId(t));
    }

    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void the_counter_of_a_new_millisecond_starts_in_the_lower_half_of_its_range() {
    Instant start = Instant.parse("2030-01-01T00:00:00Z");
    for (int i = 0; i < 200; i++) {
      long counter = ProductId.newId(start.plusMillis(i)).value().getMostSignificantBits() & 0x0FFF;
      assertThat(counter).isLessThan(0x0800);
    }
  }

  @Test
  void ids_that_share_their_first_half_order_by_the_second_as_unsigned() {
    ProductId low = new ProductId(UUID.fromString("01890000-0000-7000-8000-000000000000"));
    ProductId high = new ProductId(UUID.fromString("01890000-0000-7000-c000-000000000000"));

    assertThat(low).isLessThan(high);
    assertThat(high).isGreaterThan(low);
  }

  @Test
  void orders_as_unsigned_bytes_like_the_databases_do() {
    ProductId low = new ProductId(UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff"));
    ProductId high = new ProductId(UUID.fromString("80000000-0000-7000-8000-000000000000"));

    assertThat(low).isLessThan(high);
    assertThat(low.value()).isGreaterThan(high.value()); // java.util.UUID compares signed
  }

  @Test
  void parses_its_canonical_form() {
    ProductId id = ProductId.newId(Instant.now());

    assertThat(ProductId.parse(id.toString())).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "x",
        "1-1-1-1-1",
        "0190a0b1-c2d3-7e4f-8a9b-0c1d2e3f4a5b0",
        " 0190a0b1-c2d3-7e4f-8a9b-0c1d2e3f4a5"
      })
  void rejects_anything_else(String text) {
    assertThatThrownBy(() -> ProductId.parse(text))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
  }
}
