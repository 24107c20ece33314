package io.synq.adapter.rest;

/** The same accounts contract, unchanged, on RESTEasy's embedded Undertow server. */
class ResteasyAccountsHttpContractTest extends InMemoryAccountsHttpContract {
  ResteasyAccountsHttpContractTest() {
    super(ResteasyContainer::new);
  }
}
