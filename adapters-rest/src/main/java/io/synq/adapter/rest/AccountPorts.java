package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.CreateUserUseCase;
import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.application.port.in.ListUsersUseCase;
import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.SignInUseCase;
import io.synq.application.port.in.SignOutEverywhereUseCase;
import io.synq.application.port.in.SignOutUseCase;
import io.synq.application.port.in.UpdateUserUseCase;

/**
 * The use cases behind {@code /api/v1/auth/*} and {@code /api/v1/users}: sign-in and the
 * administration of an organization's users, which exist only when this server issues its own
 * tokens. {@code currentAccount} re-reads the calling administrator on every user administration
 * call, so that a disabled or demoted one loses that power before its token expires.
 */
public record AccountPorts(
    SignInUseCase signIn,
    RefreshSessionUseCase refreshSession,
    SignOutUseCase signOut,
    SignOutEverywhereUseCase signOutEverywhere,
    CreateUserUseCase createUser,
    ListUsersUseCase listUsers,
    UpdateUserUseCase updateUser,
    CurrentAccountUseCase currentAccount) {

  public AccountPorts {
    requireNonNull(signIn, "signIn");
    requireNonNull(refreshSession, "refreshSession");
    requireNonNull(signOut, "signOut");
    requireNonNull(signOutEverywhere, "signOutEverywhere");
    requireNonNull(createUser, "createUser");
    requireNonNull(listUsers, "listUsers");
    requireNonNull(updateUser, "updateUser");
    requireNonNull(currentAccount, "currentAccount");
  }
}
