package io.synq.adapter.rest;

/** The contract on Jersey and Grizzly, as the standalone server runs it. */
class JerseyHttpContractTest extends InMemoryHttpContract {
  JerseyHttpContractTest() {
    super(new JerseyContainer());
  }
}
