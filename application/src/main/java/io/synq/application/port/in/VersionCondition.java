package io.synq.application.port.in;

/**
 * Which current version of a product a conditional change may proceed from: for HTTP, what the
 * request's If-Match admits. The use case reads the product once, asks this, and then writes only
 * if the product is still at the version it read.
 */
@FunctionalInterface
public interface VersionCondition {
  /** No condition: the change proceeds from whatever version is current. */
  VersionCondition ANY = currentVersion -> true;

  boolean admits(long currentVersion);

  /** Only from this version: the one the caller last saw. */
  static VersionCondition exactly(long version) {
    return currentVersion -> currentVersion == version;
  }
}
