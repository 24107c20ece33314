package io.synq.bootstrap;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} the server believes ({@code SYNQ_TRUSTED_PROXIES}), to
 * tell who the client is behind them. Any client can write the header, so it counts only when the
 * peer is a trusted proxy, and then only as far as trusted proxies vouch for it: reading from the
 * right, the first address that is not a trusted proxy is the client.
 */
public final class TrustedProxies {
  /** Trust no proxy: the client is always the socket's peer. */
  public static final TrustedProxies NONE = new TrustedProxies(Set.of());

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /**
   * The application property, a {@code TrustedProxies}, that {@link GrizzlyClientAddress} reads.
   */
  static final String PROPERTY = "io.synq.bootstrap.trusted-proxies";

  private final Set<InetAddress> proxies;

  private TrustedProxies(Set<InetAddress> proxies) {
    this.proxies = Set.copyOf(proxies);
  }

  /**
   * From a comma-separated list of IP addresses (no host names: trust must not depend on DNS).
   *
   * @throws IllegalArgumentException naming the first entry that is not an IP address
   */
  public static TrustedProxies parse(String list) {
    Set<InetAddress> proxies = new HashSet<>();
    for (String entry : list.split(",", -1)) {
      String address = entry.strip();
      if (address.isEmpty() && list.isBlank()) {
        continue;
      }
      proxies.add(
          literal(address)
              .orElseThrow(
                  () -> new IllegalArgumentException("'" + address + "' is not an IP address")));
    }
    return new TrustedProxies(proxies);
  }

  /**
   * The client of a request from {@code peer} that carried the given {@code X-Forwarded-For}
   * headers, in order.
   */
  public String clientAddress(String peer, List<String> forwardedFor) {
    Optional<InetAddress> hop = literal(peer);
    if (hop.isEmpty() || !proxies.contains(hop.get())) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String entry : header.split(",", -1)) {
        hops.add(entry.strip());
      }
    }
    String client = hop.get().getHostAddress();
    for (int i = hops.size() - 1; i >= 0; i--) {
      hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        // A trusted proxy passed on something unreadable: the last address vouched for stands.
        return client;
      }
      client = hop.get().getHostAddress();
      if (!proxies.contains(hop.get())) {
        return client;
      }
    }
    return client;
  }

  /** The application, carrying these proxies as its property {@link #PROPERTY}. */
  Application around(Application application) {
    Map<String, Object> properties = new HashMap<>(application.getProperties());
    properties.put(PROPERTY, this);
    return new Application() {
      @Override
      @SuppressWarnings("deprecation")
      public Set<Object> getSingletons() {
        return application.getSingletons();
      }

      @Override
      public Set<Class<?>> getClasses() {
        return application.getClasses();
      }

      @Override
      public Map<String, Object> getProperties() {
        return Map.copyOf(properties);
      }
    };
  }

  /** The proxies an application carries, {@link #NONE} if it carries none. */
  static TrustedProxies of(Configuration configuration) {
    return configuration.getProperty(PROPERTY) instanceof TrustedProxies proxies ? proxies : NONE;
  }

  /**
   * An IP address written as one, never looked up by name: the patterns let through only what the
   * JDK parses as a literal (or refuses without a lookup, as a malformed IPv6 address).
   */
  private static Optional<InetAddress> literal(String address) {
    if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(address));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return proxies.stream().map(InetAddress::getHostAddress).sorted().toList().toString();
  }
}
