package io.synq.adapter.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Hands the {@link ClientAddress} to the resources. A resource method cannot read request
 * properties, only headers, so this puts the address in an internal header, replacing whatever the
 * client itself may have sent under that name: the client cannot choose its own address. It runs
 * after matching, hence after every pre-matching filter that may have set the property.
 */
@Priority(Priorities.USER)
final class ClientAddressFilter implements ContainerRequestFilter {
  static final String HEADER = "Synq-Internal-Client-Address";

  @Override
  public void filter(ContainerRequestContext request) {
    Object address = request.getProperty(ClientAddress.PROPERTY);
    request
        .getHeaders()
        .putSingle(
            HEADER,
            address instanceof String text && !text.isBlank() ? text : ClientAddress.UNKNOWN);
  }
}
