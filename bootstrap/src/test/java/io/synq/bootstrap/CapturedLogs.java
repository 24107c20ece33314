package io.synq.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every event logged while open, with our own loggers at DEBUG, rendered as the server renders it
 * in either format: what an operator's log store would hold.
 */
final class CapturedLogs implements AutoCloseable {
  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger synq = context.getLogger("io.synq");
  private final Level synqLevel = synq.getLevel();

  CapturedLogs() {
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
    synq.setLevel(Level.DEBUG);
  }

  List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  List<ILoggingEvent> events(String logger) {
    return events().stream().filter(event -> event.getLoggerName().equals(logger)).toList();
  }

  /** Every event, once as a text line and once as a JSON line. */
  String rendered() {
    var text = LogConfiguration.encoder(context, "text");
    var json = LogConfiguration.encoder(context, "json");
    StringBuilder all = new StringBuilder();
    for (ILoggingEvent event : events()) {
      all.append(new String(text.encode(event), UTF_8));
      all.append(new String(json.encode(event), UTF_8));
    }
    return all.toString();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    synq.setLevel(synqLevel);
  }
}
