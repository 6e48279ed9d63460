package io.eparwatch.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the name in a form-login session cookie into the login as it is now (its role from the
 * users table, not from the time of login).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

  private final Logins logins;

  public SessionIdentityProvider(Logins logins) {
    this.logins = logins;
  }

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            logins
                .current(request.getPrincipal())
                .map(SessionIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
  }

  static SecurityIdentity identity(Login login) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(login.username()))
        .addRole(login.role())
        .build();
  }
}
