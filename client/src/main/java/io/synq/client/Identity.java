package io.synq.client;

import java.time.Instant;

/**
 * What the server makes of the client's token ({@code GET /api/v1/me}): who it speaks for, in which
 * tenant and organization, with which role ({@code viewer}, {@code editor} or {@code admin}), from
 * which issuer and until when.
 */
public record Identity(
    String subject, String tenantid, String orgId, String role, String issuer, Instant expiresAt) {}
