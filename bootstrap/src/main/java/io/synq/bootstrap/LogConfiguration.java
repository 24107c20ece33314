package io.synq.bootstrap;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.Optional;

/**
 * The server's logging, set up in code: logback's XML configuration costs a sixth of a second of
 * every start. Lines go to stderr, so that stdout stays clean for what a command prints (a token);
 * the root level is {@code SYNQ_LOG_LEVEL} (default {@code INFO}). {@code SYNQ_LOG_FORMAT} is
 * {@code text} (the default: one line per event, with the request id and the event's key-value
 * pairs) or {@code json} (one JSON object per line, logback's {@link JsonEncoder}, with the MDC and
 * the key-value pairs as fields). A configuration file named by {@code
 * -Dlogback.configurationFile}, or a {@code logback-test.xml} of the tests, still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {
  /** The request id, when the line was logged while handling one, and any key-value pairs. */
  static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36}%replace( [%X{request_id}]){'"
          + " \\[\\]', ''} - %msg%replace( %kvp){' $', ''}%n";

  /** Libraries that say too much at INFO. */
  private static final Map<String, Level> QUIETER =
      Map.of(
          "org.glassfish", Level.WARN,
          // Jersey warns about every resource registered as an instance (jersey issue 3700).
          "org.glassfish.jersey.internal.inject.Providers", Level.ERROR,
          "org.flywaydb", Level.WARN,
          "com.zaxxer.hikari", Level.WARN,
          "org.jdbi", Level.WARN);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (anotherConfigurationIsGiven()) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    Encoder<ILoggingEvent> encoder = encoder(context, format());

    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();

    QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(rootLevel().orElse("INFO"), Level.INFO));
    root.addAppender(stderr);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  static Encoder<ILoggingEvent> encoder(LoggerContext context, String format) {
    if ("json".equals(format)) {
      JsonEncoder json = new JsonEncoder();
      json.setContext(context);
      json.setWithSequenceNumber(false);
      json.setWithNanoseconds(false);
      json.setWithContext(false);
      json.setWithArguments(false);
      json.setWithFormattedMessage(true);
      json.setWithMessage(false);
      json.start();
      return json;
    }
    PatternLayoutEncoder text = new PatternLayoutEncoder();
    text.setContext(context);
    text.setPattern(PATTERN);
    text.start();
    return text;
  }

  /**
   * {@code text} unless {@code SYNQ_LOG_FORMAT} asks for {@code json} ({@link Config} checks it).
   */
  private static String format() {
    return Optional.ofNullable(System.getProperty("synq.log.format"))
        .or(() -> Optional.ofNullable(System.getenv("SYNQ_LOG_FORMAT")))
        .orElse("text");
  }

  private static boolean anotherConfigurationIsGiven() {
    ClassLoader loader = LogConfiguration.class.getClassLoader();
    return System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
        || loader.getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null;
  }

  private static Optional<String> rootLevel() {
    return Optional.ofNullable(System.getProperty("synq.log.level"))
        .or(() -> Optional.ofNullable(System.getenv("SYNQ_LOG_LEVEL")));
  }
}
