package io.synq.adapter.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * Reads an external issuer's JWKS over HTTP and keeps the keys fit for RS256 verification: RSA,
 * {@code use} sig or absent, {@code alg} RS256 or absent, at least 2048 bits.
 *
 * <p>Every fetch is bounded: at most {@link #MAX_DOCUMENT_BYTES}, and one deadline for all of it
 * (connect, headers and body). The JDK client's request timeout ends when the headers arrive, so a
 * server that sends headers and then stalls or trickles the body would hold a blocking read
 * forever. Hence {@code sendAsync} with a body subscriber that counts bytes, and a deadline on the
 * whole response future: on timeout the future and the body's subscription are cancelled, which
 * closes the connection.
 */
final class JwksLoader implements KeyLoader<VerificationKeys> {
  /** The default deadline for one whole fetch. */
  static final Duration FETCH_DEADLINE = Duration.ofSeconds(5);

  static final int MAX_DOCUMENT_BYTES = 512 * 1024;

  private final URI jwksUri;
  private final Duration deadline;
  private final HttpClient http;

  JwksLoader(URI jwksUri) {
    this(jwksUri, FETCH_DEADLINE);
  }

  JwksLoader(URI jwksUri, Duration deadline) {
    this.jwksUri = requireNonNull(jwksUri, "jwksUri");
    this.deadline = requireNonNull(deadline, "deadline");
    this.http = HttpClient.newBuilder().connectTimeout(deadline).build();
  }

  @Override
  public VerificationKeys load() throws IOException, JoseException {
    List<VerificationKey> keys =
        new JsonWebKeySet(fetch())
            .getJsonWebKeys().stream()
                .filter(JwksLoader::isRs256SigningKey)
                .map(RsaJsonWebKey.class::cast)
                .map(jwk -> new VerificationKey(jwk.getKeyId(), jwk.getRsaPublicKey()))
                .toList();
    if (keys.isEmpty()) {
      throw new JoseException("the JWKS holds no RSA signing key usable with RS256");
    }
    return new VerificationKeys(keys);
  }

  private String fetch() throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(jwksUri)
            .timeout(deadline)
            .header("Accept", "application/json")
            .GET()
            .build();
    CappedBody body = new CappedBody(MAX_DOCUMENT_BYTES);
    CompletableFuture<HttpResponse<byte[]>> response =
        http.sendAsync(request, info -> info.statusCode() == 200 ? body : body.refuse(info));
    try {
      return new String(response.get(deadline.toNanos(), TimeUnit.NANOSECONDS).body(), UTF_8);
    } catch (TimeoutException e) {
      response.cancel(true);
      body.cancel();
      throw new HttpTimeoutException("the JWKS endpoint did not answer in full within " + deadline);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      response.cancel(true);
      body.cancel();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching the JWKS");
    }
  }

  /** Collects at most {@code maxBytes} of a body, and fails the fetch as soon as it has more. */
  private static final class CappedBody implements BodySubscriber<byte[]> {
    private final int maxBytes;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile IOException refusal;

    CappedBody(int maxBytes) {
      this.maxBytes = maxBytes;
    }

    /** This subscriber, made to fail at once: the status says there is no JWKS to read. */
    CappedBody refuse(HttpResponse.ResponseInfo info) {
      refusal = new IOException("the JWKS endpoint answered HTTP " + info.statusCode());
      return this;
    }

    void cancel() {
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (refusal != null) {
        fail(refusal);
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (received.size() + buffer.remaining() > maxBytes) {
          fail(new IOException("the JWKS document exceeds " + maxBytes + " bytes"));
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        received.writeBytes(bytes);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(received.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    private void fail(IOException error) {
      subscription.cancel();
      result.completeExceptionally(error);
    }
  }

  private static boolean isRs256SigningKey(JsonWebKey jwk) {
    return jwk instanceof RsaJsonWebKey rsa
        && (rsa.getUse() == null || Use.SIGNATURE.equals(rsa.getUse()))
        && (rsa.getAlgorithm() == null
            || AlgorithmIdentifiers.RSA_USING_SHA256.equals(rsa.getAlgorithm()))
        && VerificationKey.isStrongEnough(rsa.getRsaPublicKey());
  }

  /** The endpoint for logs: without user info or query, which could carry credentials. */
  String endpoint() {
    return jwksUri.getScheme()
        + "://"
        + jwksUri.getHost()
        + (jwksUri.getPort() == -1 ? "" : ":" + jwksUri.getPort())
        + jwksUri.getRawPath();
  }

  @Override
  public String toString() {
    return "JWKS " + endpoint();
  }
}
