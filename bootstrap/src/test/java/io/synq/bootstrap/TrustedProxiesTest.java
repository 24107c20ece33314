package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {
  private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.1, 10.0.0.2, ::1");

  @ParameterizedTest(name = "{0} with X-Forwarded-For ''{1}'' is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Anyone else's header is ignored.
        "198.51.100.7 | 203.0.113.9 | 198.51.100.7",
        // A trusted proxy's is read from the right, up to the first address that is no proxy.
        "10.0.0.1 | 203.0.113.9 | 203.0.113.9",
        "10.0.0.1 | 6.6.6.6, 203.0.113.9 | 203.0.113.9",
        "10.0.0.1 | 203.0.113.9, 10.0.0.2 | 203.0.113.9",
        "10.0.0.1 | 10.0.0.2 | 10.0.0.2",
        "0:0:0:0:0:0:0:1 | 2001:db8::9 | 2001:db8:0:0:0:0:0:9",
        // Nothing, or nothing readable, from the proxy: the last address vouched for.
        "10.0.0.1 | '' | 10.0.0.1",
        "10.0.0.1 | 203.0.113.9, not-an-address | 10.0.0.1",
        "10.0.0.1 | 203.0.113.9:4711 | 10.0.0.1",
        "10.0.0.1 | 203.0.113.9, proxy.example.test, 10.0.0.2 | 10.0.0.2"
      })
  void the_client_is_the_first_address_from_the_right_that_no_trusted_proxy_has(
      String peer, String forwardedFor, String client) {
    assertThat(PROXIES.clientAddress(peer, List.of(forwardedFor))).isEqualTo(client);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10.0.0.1 | 6.6.6.6 | 203.0.113.9 | 203.0.113.9",
        "10.0.0.1 | 203.0.113.9 | 10.0.0.2 | 203.0.113.9"
      })
  void several_headers_read_as_one_list_in_order(
      String peer, String first, String second, String client) {
    assertThat(PROXIES.clientAddress(peer, List.of(first, second))).isEqualTo(client);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "203.0.113.9"})
  void trusting_no_proxy_always_means_the_peer(String peer) {
    assertThat(TrustedProxies.NONE.clientAddress(peer, List.of("6.6.6.6"))).isEqualTo(peer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"proxy.example.test", "localhost", "256.0.0.1", "010.0.0.1", "10.0.0.1,"})
  void only_ip_addresses_are_trusted_never_names(String list) {
    assertThatThrownBy(() -> TrustedProxies.parse(list))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an IP address");
  }
}
