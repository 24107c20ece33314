package io.synq.client;

import java.time.Instant;
import java.util.UUID;

/**
 * A product as the server holds it. {@code description} may be null; {@code version} starts at 1
 * and goes up with each change (pass it to the update and delete overloads that take an expected
 * version).
 */
public record Product(
    UUID id,
    String sku,
    String name,
    String description,
    Price price,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
