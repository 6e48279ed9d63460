package io.eparwatch.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is looking at the page, for the layout's log-in / log-out link ({@code inject:viewer}). */
@Named("viewer")
@RequestScoped
public class Viewer {

  @Inject SecurityIdentity identity;

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  public String getName() {
    return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
  }
}
