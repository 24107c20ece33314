package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogConfigurationTest {
  private final LoggerContext context = new LoggerContext();

  @AfterEach
  void clearProperties() {
    System.clearProperty("synq.log.level");
    System.clearProperty(ClassicConstants.CONFIG_FILE_PROPERTY);
  }

  private ExecutionStatus configure() {
    LogConfiguration configuration = new LogConfiguration();
    configuration.setContext(context);
    return configuration.configure(context);
  }

  @Test
  void logs_at_info_to_stderr_and_quiets_the_libraries() {
    assertThat(configure()).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    assertThat(root.getAppender("STDERR"))
        .isInstanceOfSatisfying(
            ConsoleAppender.class,
            appender -> {
              assertThat(appender.getTarget()).isEqualTo("System.err");
              assertThat(appender.isStarted()).isTrue();
            });
    assertThat(context.getLogger("org.flywaydb.core").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("io.synq.bootstrap").getEffectiveLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void the_root_level_is_synq_log_level() {
    System.setProperty("synq.log.level", "DEBUG");
    configure();

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);
  }

  @Test
  void a_configuration_file_named_on_the_command_line_wins() {
    System.setProperty(ClassicConstants.CONFIG_FILE_PROPERTY, "elsewhere.xml");

    assertThat(configure()).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
  }
}
