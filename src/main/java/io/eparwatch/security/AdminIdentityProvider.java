package io.eparwatch.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a name and password (HTTP Basic or the login form) against the configured admin, then the
 * users table (see {@link Logins}); a login form post without its CSRF token is refused first
 * ({@link LoginFormCsrf}).
 */
@ApplicationScoped
public class AdminIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  /** Kept for the endpoints that name it: the same role as {@link Roles#ADMIN}. */
  public static final String ADMIN = Roles.ADMIN;

  private final Logins logins;
  private final LoginFormCsrf loginFormCsrf;

  public AdminIdentityProvider(Logins logins, LoginFormCsrf loginFormCsrf) {
    this.logins = logins;
    this.loginFormCsrf = loginFormCsrf;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    if (loginFormCsrf.refuses(request)) {
      return Uni.createFrom().failure(LoginFormCsrf.refused());
    }
    String password = new String(request.getPassword().getPassword());
    return context.runBlocking(
        () ->
            logins
                .check(request.getUsername(), password)
                .map(SessionIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
  }
}
