package io.eparwatch.security;

import io.eparwatch.config.EparWatchConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a name and password: the configured admin first, then the users table. Only a bcrypt hash
 * of the configured (or generated) admin password is kept in memory.
 */
@Startup // so that a generated password is logged at start, not at the first login attempt
@ApplicationScoped
public class Logins {

  private static final Logger LOG = Logger.getLogger(Logins.class);

  private final String adminName;
  private final String adminHash;

  public Logins(EparWatchConfig config) {
    this.adminName = config.admin().username();
    this.adminHash = Passwords.hash(config.admin().password().orElseGet(Logins::generated));
  }

  /** The configured admin's name: not a row of the users table, never removed. */
  public String configuredAdmin() {
    return adminName;
  }

  /** The login these credentials prove, if any. Takes the time of one bcrypt check either way. */
  @Transactional
  public Optional<Login> check(String username, String password) {
    if (adminName.equals(username)) {
      return Passwords.matches(password, adminHash)
          ? Optional.of(new Login(adminName, Roles.ADMIN))
          : Optional.empty();
    }
    Optional<AppUser> user = AppUser.named(username);
    boolean valid =
        user.isPresent()
            ? Passwords.matches(password, user.get().passwordHash)
            : Passwords.matchesNothing(password);
    return valid ? user.map(u -> new Login(u.username, u.role)) : Optional.empty();
  }

  /**
   * The login a session cookie names, as it is now: a removed user's session ends, a changed role
   * applies at the next request.
   */
  @Transactional
  public Optional<Login> current(String username) {
    if (adminName.equals(username)) {
      return Optional.of(new Login(adminName, Roles.ADMIN));
    }
    return AppUser.named(username).map(u -> new Login(u.username, u.role));
  }

  private static String generated() {
    String password = Passwords.random();
    LOG.warnf("No eparwatch.admin.password is set: admin password for this run is %s", password);
    return password;
  }
}
