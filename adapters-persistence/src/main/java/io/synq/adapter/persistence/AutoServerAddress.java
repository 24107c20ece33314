package io.synq.adapter.persistence;

/**
 * Keeps H2's AUTO_SERVER port off the network. H2 listens on every interface unless the system
 * property {@code h2.bindAddress} names one; the processes that share our database file (server and
 * CLI) run on the same host, so loopback is all they need. An explicit {@code -Dh2.bindAddress}
 * wins. H2 reads the property once, when its classes load, so this runs before H2 is first used.
 */
final class AutoServerAddress {
  static final String PROPERTY = "h2.bindAddress";

  private AutoServerAddress() {}

  static void keepOnLoopback() {
    System.getProperties().putIfAbsent(PROPERTY, "127.0.0.1");
  }
}
