package io.synq.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {
  private static final class OverLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static InputStream limited(int available, int limit) {
    return new LimitedInputStream(
        new ByteArrayInputStream(new byte[available]), limit, OverLimit::new);
  }

  @Test
  void passes_a_body_of_exactly_the_limit() throws IOException {
    assertThat(limited(10, 10).readAllBytes()).hasSize(10);
  }

  @Test
  void throws_when_a_byte_past_the_limit_is_read_in_bulk() {
    assertThatThrownBy(() -> limited(11, 10).readAllBytes()).isInstanceOf(OverLimit.class);
  }

  @Test
  void throws_when_a_byte_past_the_limit_is_read_alone() throws IOException {
    InputStream in = limited(11, 10);
    in.readNBytes(10);

    assertThatThrownBy(in::read).isInstanceOf(OverLimit.class);
  }

  @Test
  void counts_skipped_bytes_too() {
    assertThatThrownBy(() -> limited(11, 10).skip(11)).isInstanceOf(OverLimit.class);
  }

  @Test
  void never_asks_for_more_than_one_byte_past_the_limit() throws IOException {
    int[] largestRequest = {0};
    InputStream source =
        new ByteArrayInputStream(new byte[100]) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            largestRequest[0] = Math.max(largestRequest[0], len);
            return super.read(b, off, len);
          }
        };
    InputStream in = new LimitedInputStream(source, 10, OverLimit::new);

    assertThatThrownBy(() -> in.read(new byte[64])).isInstanceOf(OverLimit.class);
    assertThat(largestRequest[0]).isEqualTo(11);
  }
}
