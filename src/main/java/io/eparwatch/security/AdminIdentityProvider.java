package io.eparwatch.security;

import io.eparwatch.config.EparWatchConfig;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Checks HTTP Basic credentials against the one configured admin login and grants the {@value
 * #ADMIN} role. Read-only endpoints need no login; admin actions do.
 */
@Startup // so that a generated password is logged at start, not at the first login attempt
@ApplicationScoped
public class AdminIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  public static final String ADMIN = Roles.ADMIN;
  private static final Logger LOG = Logger.getLogger(AdminIdentityProvider.class);

  private final String username;
  private final byte[] password;

  public AdminIdentityProvider(EparWatchConfig config) {
    this.username = config.admin().username();
    this.password =
        config
            .admin()
            .password()
            .orElseGet(AdminIdentityProvider::generated)
            .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    byte[] given = new String(request.getPassword().getPassword()).getBytes(StandardCharsets.UTF_8);
    // Constant-time comparison: the time taken must not tell how much of the password was right.
    boolean valid = MessageDigest.isEqual(password, given) & username.equals(request.getUsername());
    if (!valid) {
      return Uni.createFrom().failure(new AuthenticationFailedException());
    }
    return Uni.createFrom()
        .item(
            QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(ADMIN)
                .build());
  }

  private static String generated() {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    LOG.warnf("No eparwatch.admin.password is set: admin password for this run is %s", password);
    return password;
  }
}
