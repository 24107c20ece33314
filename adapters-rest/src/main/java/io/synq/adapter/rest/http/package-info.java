/**
 * The REST adapter's HTTP machinery: authentication and authorization filters, exception mappers,
 * body limits, request ids, telemetry, and the assembly of every component ({@link
 * io.synq.adapter.rest.http.SynqComponents}).
 *
 * <p>Internal to the adapter: its classes are public only where another package of the adapter uses
 * them. Embedders use {@link io.synq.adapter.rest.SynqRestApplication} or {@link
 * io.synq.adapter.rest.SynqApiFeature} with {@link io.synq.adapter.rest.RestPorts}.
 */
package io.synq.adapter.rest.http;
