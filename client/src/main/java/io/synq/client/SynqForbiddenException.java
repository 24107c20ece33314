package io.synq.client;

/** 403: the token is valid but lacks a claim or its role does not allow the action. */
public class SynqForbiddenException extends SynqApiException {
  private static final long serialVersionUID = 1L;

  public SynqForbiddenException(String error) {
    super(403, error);
  }
}
