package io.synq.bootstrap;

import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Puts the {@link StrictHttpCodec} in the place of Grizzly's own HTTP/1.1 codec, with the {@link
 * RequestHeadGuard} in front of it.
 */
final class StrictHttpAddOn implements AddOn {
  private final RequestDeadlines deadlines;
  private final boolean cleartextHttp2;

  StrictHttpAddOn(RequestDeadlines deadlines, boolean cleartextHttp2) {
    this.deadlines = deadlines;
    this.cleartextHttp2 = cleartextHttp2;
  }

  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    if (codec < 0) {
      throw new IllegalStateException("Grizzly's filter chain has no HTTP codec to replace");
    }
    HttpServerFilter grizzlys = (HttpServerFilter) builder.get(codec);
    builder.set(codec, new StrictHttpCodec(listener, grizzlys, cleartextHttp2));
    // The guard reads HTTP/1.1 framing; on a connection upgraded to HTTP/2 it would misread frames.
    if (!cleartextHttp2) {
      builder.add(codec, new RequestHeadGuard(deadlines));
    }
  }
}
