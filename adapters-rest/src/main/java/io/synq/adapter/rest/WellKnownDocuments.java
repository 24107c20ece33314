package io.synq.adapter.rest;

/**
 * The discovery documents of the embedded token issuer, served as they are. Asked on every request,
 * so an implementation may change them, for example when it rotates its key.
 */
public interface WellKnownDocuments {
  /**
   * The JSON Web Key Set with the public signing keys, served at {@code /.well-known/jwks.json}.
   */
  String jwks();

  /** The OpenID Provider metadata, served at {@code /.well-known/openid-configuration}. */
  String openIdConfiguration();
}
