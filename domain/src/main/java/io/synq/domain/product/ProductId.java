package io.synq.domain.product;

import static java.util.Objects.requireNonNull;

import io.synq.domain.DomainException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * A product's identity: a time-ordered UUID (version 7), so that ordering by id is ordering by
 * creation, which keyset pagination relies on. Within one process ids are strictly increasing even
 * within a millisecond (RFC 9562, method 3: the 12-bit {@code rand_a} field counts up).
 */
public record ProductId(UUID value) implements Comparable<ProductId> {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int COUNTER_MASK = 0x0FFF;

  private static long lastMillis = -1;
  private static int lastCounter;

  /** Unsigned byte order: what PostgreSQL and H2 use for their UUID type. */
  private static final Comparator<ProductId> ORDER =
      Comparator.<ProductId>comparingLong(id -> id.value.getMostSignificantBits() ^ Long.MIN_VALUE)
          .thenComparingLong(id -> id.value.getLeastSignificantBits() ^ Long.MIN_VALUE);

  public ProductId {
    requireNonNull(value, "value");
  }

  /** A new id whose leading 48 bits are the given time in milliseconds (RFC 9562, version 7). */
  public static ProductId newId(Instant now) {
    long millis;
    int counter;
    synchronized (ProductId.class) {
      millis = Math.max(now.toEpochMilli(), lastMillis);
      if (millis == lastMillis) {
        counter = (lastCounter + 1) & COUNTER_MASK;
        if (counter == 0) {
          millis++; // counter exhausted: borrow the next millisecond
        }
      } else {
        // Start low in the counter range so that many ids fit in one millisecond.
        counter = RANDOM.nextInt(COUNTER_MASK + 1) >>> 1;
      }
      lastMillis = millis;
      lastCounter = counter;
    }
    long msb = (millis << 16) | 0x7000L | counter;
    long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new ProductId(new UUID(msb, lsb));
  }

  /** Parses the canonical 36-character form; anything else is an invalid id. */
  public static ProductId parse(String text) {
    if (text == null || text.length() != 36) {
      throw DomainException.invalid("product id must be a UUID");
    }
    try {
      UUID uuid = UUID.fromString(text);
      if (!uuid.toString().equalsIgnoreCase(text)) {
        throw DomainException.invalid("product id must be a UUID");
      }
      return new ProductId(uuid);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("product id must be a UUID");
    }
  }

  @Override
  public int compareTo(ProductId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
