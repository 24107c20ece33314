package io.synq.application.port.in;

import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;

/** Creates an organization's administrator from the command line, where no caller exists yet. */
public interface ProvisionAdminUseCase {
  User provision(OrgScope scope, String email, String password);
}
