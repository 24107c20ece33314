package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcUrlTest {
  @Test
  void finds_the_file_of_the_default_h2_database() {
    assertThat(new JdbcUrl(Database.DEFAULT_H2_URL).h2File()).contains(Path.of("./data/synq"));
  }

  @Test
  void reads_an_h2_file_url_without_the_file_prefix_and_with_the_home_directory() {
    assertThat(new JdbcUrl("jdbc:h2:/srv/synq/db").h2File()).contains(Path.of("/srv/synq/db"));
    assertThat(new JdbcUrl("jdbc:h2:~/synq;MODE=x").h2File())
        .contains(Path.of(System.getProperty("user.home"), "synq"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:h2:mem:synq",
        "jdbc:h2:tcp://localhost/~/synq",
        "jdbc:h2:ssl://localhost/synq",
        "jdbc:h2:zip:~/db.zip!/synq",
        "jdbc:h2:file:nio:./data/synq",
        "jdbc:postgresql://localhost/synq"
      })
  void has_no_local_file_for_other_databases(String url) {
    assertThat(new JdbcUrl(url).h2File()).isEmpty();
  }
}
