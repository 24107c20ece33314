package io.synq.adapter.rest.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Passes at most {@code limit} bytes through; reading past them throws the given exception. */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private final Supplier<? extends RuntimeException> overLimit;
  private long count;

  LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> overLimit) {
    super(in);
    this.limit = limit;
    this.overLimit = overLimit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    // Never ask for more than one byte past the limit: enough to notice, and no more is buffered.
    int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - count + 1));
    counted(skipped);
    return skipped;
  }

  /** Whether a read went past the limit. */
  boolean exceeded() {
    return count > limit;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) {
    count += n;
    if (count > limit) {
      throw overLimit.get();
    }
  }
}
