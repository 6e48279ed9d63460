package io.eparwatch.security;

import io.eparwatch.security.UserResult.Done;
import io.eparwatch.security.UserResult.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The users an admin manages: add, change role, reset password, remove. */
@ApplicationScoped
public class Users {

  private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.VIEWER);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  private final Logins logins;
  private final Clock clock;

  public Users(Logins logins, Clock clock) {
    this.logins = logins;
    this.clock = clock;
  }

  /** The configured admin first, then the users by name. */
  @Transactional
  public List<UserInfo> list() {
    List<UserInfo> all = new ArrayList<>();
    all.add(new UserInfo(logins.configuredAdmin(), Roles.ADMIN, null, true));
    AppUser.<AppUser>list("order by username").forEach(u -> all.add(UserInfo.of(u)));
    return all;
  }

  @Transactional
  public UserResult add(String username, String password, String role) {
    if (username == null || !NAME.matcher(username).matches()) {
      return UserResult.refused(
          Refusal.INVALID, "the name must be 1 to 100 letters, digits or . _ @ - (no spaces)");
    }
    String problem = roleProblem(role);
    if (problem == null) {
      problem = Passwords.problem(password);
    }
    if (problem != null) {
      return UserResult.refused(Refusal.INVALID, problem);
    }
    if (username.equals(logins.configuredAdmin()) || AppUser.named(username).isPresent()) {
      return UserResult.refused(Refusal.CONFLICT, "a user named " + username + " exists");
    }
    AppUser user = new AppUser();
    user.username = username;
    user.passwordHash = Passwords.hash(password);
    user.role = role;
    user.createdAt = clock.instant();
    user.persist();
    return new Done(UserInfo.of(user));
  }

  @Transactional
  public UserResult changeRole(String username, String role) {
    String problem = roleProblem(role);
    if (problem != null) {
      return UserResult.refused(Refusal.INVALID, problem);
    }
    return changeable(username)
        .map(
            user -> {
              user.role = role;
              return (UserResult) new Done(UserInfo.of(user));
            })
        .orElseGet(() -> notChangeable(username));
  }

  @Transactional
  public UserResult resetPassword(String username, String password) {
    String problem = Passwords.problem(password);
    if (problem != null) {
      return UserResult.refused(Refusal.INVALID, problem);
    }
    return changeable(username)
        .map(
            user -> {
              user.passwordHash = Passwords.hash(password);
              logins.forget(username);
              return (UserResult) new Done(UserInfo.of(user));
            })
        .orElseGet(() -> notChangeable(username));
  }

  @Transactional
  public UserResult remove(String username) {
    return changeable(username)
        .map(
            user -> {
              user.delete();
              logins.forget(username);
              return (UserResult) new Done(UserInfo.of(user));
            })
        .orElseGet(() -> notChangeable(username));
  }

  private Optional<AppUser> changeable(String username) {
    return logins.configuredAdmin().equals(username) ? Optional.empty() : AppUser.named(username);
  }

  private UserResult notChangeable(String username) {
    if (logins.configuredAdmin().equals(username)) {
      // The configured admin is the last admin that always exists: it is changed in configuration.
      return UserResult.refused(
          Refusal.CONFLICT,
          "the configured admin cannot be changed or removed here; set eparwatch.admin.*");
    }
    return UserResult.refused(Refusal.NOT_FOUND, "no user named " + username);
  }

  private static String roleProblem(String role) {
    return role != null && ROLES.contains(role) ? null : "the role must be admin, editor or viewer";
  }
}
