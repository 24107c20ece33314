package io.synq.domain.access;

import static io.synq.domain.access.Permission.IDENTITY_READ;
import static io.synq.domain.access.Permission.OWN_SESSIONS_END;
import static io.synq.domain.access.Permission.PRODUCT_CREATE;
import static io.synq.domain.access.Permission.PRODUCT_READ;
import static io.synq.domain.access.Permission.PRODUCT_UPDATE;

import io.synq.domain.DomainException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a caller may do, as carried in the token's {@code role} claim. */
public enum Role {
  VIEWER(EnumSet.of(IDENTITY_READ, OWN_SESSIONS_END, PRODUCT_READ)),
  EDITOR(EnumSet.of(IDENTITY_READ, OWN_SESSIONS_END, PRODUCT_READ, PRODUCT_CREATE, PRODUCT_UPDATE)),
  ADMIN(EnumSet.allOf(Permission.class));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  public boolean permits(Permission permission) {
    return permissions.contains(permission);
  }

  /** The name as it appears in a token: {@code viewer}, {@code editor}, {@code admin}. */
  public String claimValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named by user input; an unknown name is invalid input. */
  public static Role parse(String value) {
    return fromClaim(value)
        .orElseThrow(() -> DomainException.invalid("role must be viewer, editor or admin"));
  }

  /** The role named exactly (lower case) by a claim; empty for an unknown name. */
  public static Optional<Role> fromClaim(String value) {
    for (Role role : values()) {
      if (role.claimValue().equals(value)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
