package io.eparwatch.web;

import io.eparwatch.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who is looking at the page, for the layout's log-in / log-out and users links ({@code
 * inject:viewer}).
 */
@Named("viewer")
@RequestScoped
public class Viewer {

  @Inject SecurityIdentity identity;

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  /** Admins see the link to {@code /users}. */
  public boolean isAdmin() {
    return identity.hasRole(Roles.ADMIN);
  }

  public String getName() {
    return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
  }
}
