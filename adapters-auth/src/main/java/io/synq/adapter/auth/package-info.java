/**
 * The authentication adapters: the {@code TokenVerifier} and {@code IdTokenIssuer} ports on jose4j,
 * in two modes chosen by the composition root, the {@code PasswordHasher} port on Bouncy Castle,
 * and the {@code AttemptCounter} port that sign-in throttling counts with, on Caffeine.
 *
 * <ul>
 *   <li>External issuer: {@link io.synq.adapter.auth.ExternalIssuer#verifier} trusts the keys of a
 *       JWKS URL, fetched in the background with a deadline and a size cap, cached and reloaded
 *       under a {@link io.synq.adapter.auth.KeyRefreshPolicy}.
 *   <li>Embedded issuer: {@link io.synq.adapter.auth.EmbeddedIssuer#open} keeps its keys in a
 *       {@code SigningKeyStore} (encrypted there with a {@link
 *       io.synq.adapter.auth.KeyEncryptionKey} when one is configured), issues ID tokens, rotates
 *       its signing key, publishes its JWKS and discovery document, and builds the verifier for its
 *       own tokens.
 *   <li>{@link io.synq.adapter.auth.Argon2idPasswordHasher}: Argon2id in PHC strings.
 *   <li>{@link io.synq.adapter.auth.CaffeineAttemptCounter}: attempt windows in bounded memory,
 *       throttled ones kept apart so that a flood of new keys cannot displace them.
 * </ul>
 *
 * <p>Both issuer modes verify the same way: RS256 only; {@code exp}, {@code iat} and {@code sub}
 * required; {@code exp}, {@code nbf} and a future {@code iat} judged with the configured clock
 * skew; no lifetime ({@code exp - iat}) over one hour; exact issuer; audience equal to or contained
 * in {@code aud}; keys chosen by {@code kid} from the configured source only. Every rejection is a
 * {@code DomainException} of kind {@code UNAUTHENTICATED} with a short reason that never quotes the
 * token. A token that verified is remembered ({@link io.synq.adapter.auth.TokenCacheSize}) and
 * served again only while its times and its key would still let it verify; failures are never
 * remembered.
 */
package io.synq.adapter.auth;
