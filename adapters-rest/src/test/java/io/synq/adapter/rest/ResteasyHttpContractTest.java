package io.synq.adapter.rest;

/** The same contract, unchanged, on RESTEasy's embedded Undertow server. */
class ResteasyHttpContractTest extends InMemoryHttpContract {
  ResteasyHttpContractTest() {
    super(new ResteasyContainer());
  }
}
