package io.synq.adapter.rest.account;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.synq.application.port.in.UpdateUserUseCase;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.UserId;
import java.util.Optional;

/**
 * A change to a user, as a JSON merge patch (RFC 7396): an absent member stays as it is. Neither
 * member can be removed, so an explicit null is refused. A class with setters rather than a record:
 * Jackson hands a record's constructor the same null for an absent member as for a null one.
 */
final class UserPatchJson {
  private Optional<String> role = Optional.empty();
  private Optional<Boolean> disabled = Optional.empty();

  @JsonSetter(nulls = Nulls.FAIL)
  void setRole(String role) {
    this.role = Optional.of(role);
  }

  @JsonSetter(nulls = Nulls.FAIL)
  void setDisabled(Boolean disabled) {
    this.disabled = Optional.of(disabled);
  }

  UpdateUserUseCase.Command toCommand(Caller caller, UserId id) {
    return new UpdateUserUseCase.Command(caller, id, role.map(Role::parse), disabled);
  }
}
