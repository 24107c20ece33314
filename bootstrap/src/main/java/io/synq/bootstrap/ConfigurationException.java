package io.synq.bootstrap;

/** A configuration value that cannot be used; the message is the one line shown at start-up. */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
