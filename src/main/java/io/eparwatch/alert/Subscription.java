package io.eparwatch.alert;

import io.eparwatch.change.ChangeFilter;
import io.eparwatch.change.ChangeType;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An email address asking for the changes a {@link ChangeFilter} matches, mailed one by one or as a
 * daily or weekly digest. Nothing is mailed to it but its confirmation until the owner of the
 * mailbox follows the link in that mail (double opt-in).
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntity {

  public enum Mode {
    IMMEDIATE,
    DAILY,
    WEEKLY
  }

  public enum State {
    PENDING_CONFIRMATION,
    ACTIVE,
    UNSUBSCRIBED
  }

  public String email;

  @Enumerated(EnumType.STRING)
  public Mode mode;

  /** The filter's parts as typed in: products and types comma-separated, the rest as they are. */
  public String filterProducts;

  public String filterTypes;
  public String filterAtc;
  public String filterHolder;
  public String filterSource;

  @Enumerated(EnumType.STRING)
  public State state;

  /** The IP address that asked for it: confirmation mails are rate-limited per client. */
  public String client;

  public Instant createdAt;
  public Instant confirmedAt;

  /** When its last digest run took place (with or without changes to mail). */
  public Instant lastDigestAt;

  public Instant unsubscribedAt;

  /** A new subscription waiting for its confirmation; the caller persists it. */
  static Subscription pending(
      String email, Mode mode, ChangeFilter filter, String client, Instant now) {
    Subscription subscription = new Subscription();
    subscription.email = email;
    subscription.mode = mode;
    subscription.filterProducts = String.join(",", filter.products());
    subscription.filterTypes =
        filter.types().stream().map(ChangeType::name).collect(Collectors.joining(","));
    subscription.filterAtc = filter.atc();
    subscription.filterHolder = filter.holder();
    subscription.filterSource = filter.source() == null ? null : filter.source().label();
    subscription.state = State.PENDING_CONFIRMATION;
    subscription.client = client;
    subscription.createdAt = now;
    return subscription;
  }

  public ChangeFilter filter() {
    return ChangeFilter.of(
        split(filterProducts), split(filterTypes), filterAtc, filterHolder, filterSource);
  }

  public boolean isActive() {
    return state == State.ACTIVE;
  }

  /** Since when its next digest collects changes: its last digest, or else its confirmation. */
  Instant digestStart() {
    return lastDigestAt != null ? lastDigestAt : confirmedAt;
  }

  static List<Subscription> active(Mode mode) {
    return list("state = ?1 and mode = ?2 order by id", State.ACTIVE, mode);
  }

  /** Active subscriptions of {@code mode} whose last digest is older than {@code slot}. */
  static List<Long> dueForDigest(Mode mode, Instant slot) {
    return find(
            "select id from Subscription where state = ?1 and mode = ?2"
                + " and coalesce(lastDigestAt, confirmedAt) < ?3 order by id",
            State.ACTIVE,
            mode,
            slot)
        .project(Long.class)
        .list();
  }

  /** The subscription of {@code email} with the same mode and filter that is not unsubscribed. */
  static Optional<Subscription> sameAs(String email, Mode mode, ChangeFilter filter) {
    List<Subscription> candidates =
        list("email = ?1 and mode = ?2 and state <> ?3", email, mode, State.UNSUBSCRIBED);
    return candidates.stream().filter(s -> s.filter().equals(filter)).findFirst();
  }

  public static List<Subscription> page(int offset, int limit) {
    return findAll(io.quarkus.panache.common.Sort.by("id"))
        .range(offset, offset + limit - 1)
        .list();
  }

  private static Collection<String> split(String list) {
    return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
  }
}
