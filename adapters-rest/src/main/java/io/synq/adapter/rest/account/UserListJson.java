package io.synq.adapter.rest.account;

import io.synq.domain.account.User;
import java.util.List;

/** The users of an organization, oldest first. */
record UserListJson(List<UserJson> items) {
  static UserListJson from(List<User> users) {
    return new UserListJson(users.stream().map(UserJson::from).toList());
  }
}
