package io.synq.adapter.rest;

/** The accounts contract on Jersey and Grizzly. */
class JerseyAccountsHttpContractTest extends InMemoryAccountsHttpContract {
  JerseyAccountsHttpContractTest() {
    super(JerseyContainer::new);
  }
}
