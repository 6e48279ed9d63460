package io.eparwatch.security;

import io.eparwatch.config.EparWatchConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
  private final ProvenPasswords proven;

  public Logins(EparWatchConfig config, Clock clock) {
    this.adminName = config.admin().username();
    this.adminHash = Passwords.hash(config.admin().password().orElseGet(Logins::generated));
    this.proven = new ProvenPasswords(clock);
  }

  /** The configured admin's name: not a row of the users table, never removed. */
  public String configuredAdmin() {
    return adminName;
  }

  /**
   * The login these credentials prove, if any, with its role as it is now. Takes the time of one
   * bcrypt check whether the name is known or not, unless the pair passed one in the last minute.
   */
  @Transactional
  public Optional<Login> check(String username, String password) {
    if (proven.isProven(username, password)) {
      return current(username);
    }
    Optional<Login> login = verify(username, password);
    login.ifPresent(valid -> proven.remember(username, password));
    return login;
  }

  /** After a password reset or removal: the old password no longer passes on this instance. */
  void forget(String username) {
    proven.forget(username);
  }

  private Optional<Login> verify(String username, String password) {
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
