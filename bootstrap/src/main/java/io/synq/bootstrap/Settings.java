package io.synq.bootstrap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where configuration values come from: a system property ({@code synq.http.port}) wins over the
 * environment variable of the same name ({@code SYNQ_HTTP_PORT}). Values are trimmed; an empty
 * value counts as unset.
 *
 * <p>Not picocli's {@code ${env:...}} defaults: those would make each of the 28 settings an option
 * of every command that reads it, where here the server and every CLI command read them in one
 * place, {@link Config}, and each error names the variable and its range.
 */
final class Settings {
  private final Map<String, String> environment;
  private final Function<String, String> systemProperties;

  Settings(Map<String, String> environment, Function<String, String> systemProperties) {
    this.environment = environment;
    this.systemProperties = systemProperties;
  }

  static Settings fromProcess() {
    return new Settings(System.getenv(), System::getProperty);
  }

  Optional<String> get(String variable) {
    String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
    String value = systemProperties.apply(property);
    if (value == null) {
      value = environment.get(variable);
    }
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }

  int integer(String variable, int defaultValue, int min, int max) {
    Optional<String> text = get(variable);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new ConfigurationException(
        variable
            + " must be a whole number from "
            + min
            + " to "
            + max
            + ", got '"
            + text.get()
            + "'");
  }

  boolean flag(String variable, boolean defaultValue) {
    return get(variable)
        .map(
            text ->
                switch (text.toLowerCase(Locale.ROOT)) {
                  case "true" -> true;
                  case "false" -> false;
                  default ->
                      throw new ConfigurationException(
                          variable + " must be true or false, got '" + text + "'");
                })
        .orElse(defaultValue);
  }
}
