package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * H2 reads a page of a list off the scope's index: otherwise the first page of an organization of a
 * million products sorts the million rows first.
 */
class H2ListPlanTest {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::h2InMemory);

  private static String plan(String sql, Map<String, Object> parameters) {
    return DATABASE
        .jdbi()
        .withHandle(
            handle ->
                handle.createQuery("EXPLAIN " + sql).bindMap(parameters).mapTo(String.class).one());
  }

  @ParameterizedTest(name = "after a cursor: {0}")
  @ValueSource(booleans = {false, true})
  void a_page_of_products_is_read_in_index_order(boolean afterCursor) {
    Map<String, Object> parameters =
        afterCursor
            ? Map.of("tenant", "t", "org", "o", "rows", 21, "after", UUID.randomUUID())
            : Map.of("tenant", "t", "org", "o", "rows", 21);

    assertThat(plan(JdbiProductRepository.listSql(afterCursor), parameters))
        .contains("PRODUCT_SCOPE_ID")
        .contains("index sorted");
  }

  @Test
  void a_page_of_users_is_read_in_index_order() {
    assertThat(plan(JdbiUserRepository.LIST, Map.of("tenant", "t", "org", "o", "rows", 21)))
        .contains("USER_ACCOUNT_SCOPE_CREATED")
        .contains("index sorted");
  }
}
