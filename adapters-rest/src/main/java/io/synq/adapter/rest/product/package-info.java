/**
 * The products resource and its JSON.
 *
 * <p>Internal to the adapter: its classes are public only where another package of the adapter uses
 * them. Embedders use {@link io.synq.adapter.rest.SynqRestApplication} or {@link
 * io.synq.adapter.rest.SynqApiFeature} with {@link io.synq.adapter.rest.RestPorts}.
 */
package io.synq.adapter.rest.product;
