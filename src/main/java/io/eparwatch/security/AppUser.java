package io.eparwatch.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A login kept in the database. Only the bcrypt hash of its password is stored. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntity {

  public String username;
  public String passwordHash;

  /** One of {@link Roles}. */
  public String role;

  public Instant createdAt;

  static Optional<AppUser> named(String username) {
    return find("username", username).firstResultOptional();
  }
}
