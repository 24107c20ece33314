/**
 * Sign-in, refresh, sign-out, the caller's own view and user administration: the resources and
 * their JSON.
 *
 * <p>Internal to the adapter: its classes are public only where another package of the adapter uses
 * them. Embedders use {@link io.synq.adapter.rest.SynqRestApplication} or {@link
 * io.synq.adapter.rest.SynqApiFeature} with {@link io.synq.adapter.rest.RestPorts}.
 */
package io.synq.adapter.rest.account;
