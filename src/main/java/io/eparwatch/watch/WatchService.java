package io.eparwatch.watch;

import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.catalogue.Medicine;
import io.eparwatch.source.EmaUrls;
import io.eparwatch.source.UrlCheck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Adding and removing watches. */
@ApplicationScoped
public class WatchService {

  private final EmaUrls emaUrls;
  private final Catalogue catalogue;
  private final Clock clock;

  public WatchService(EmaUrls emaUrls, Catalogue catalogue, Clock clock) {
    this.emaUrls = emaUrls;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** What adding a watch led to. */
  public sealed interface AddResult {
    record Added(Watch watch) implements AddResult {}

    record Rejected(String error) implements AddResult {}

    record AlreadyWatched(Watch watch) implements AddResult {}
  }

  /** Watches the EPAR page of a medicine of the catalogue (filled by the medicines export). */
  @Transactional
  public AddResult addProduct(String productNumber) {
    String number = productNumber.trim();
    Optional<Medicine> found = catalogue.byProductNumber(number);
    if (found.isEmpty()) {
      return new AddResult.Rejected(
          "product number '"
              + number
              + "' is not in the catalogue (it is filled from EMA's medicines export)");
    }
    Medicine medicine = found.get();
    Optional<String> path = pathOf(medicine.medicineUrl);
    if (path.isEmpty()) {
      return new AddResult.Rejected("the catalogue has no usable EPAR page URL for " + number);
    }
    // The export names the page on the public site; the configured EMA origin is what we fetch.
    AddResult result = add(emaUrls.baseUrl().resolve(path.get()).toString());
    if (result instanceof AddResult.Added added) {
      added.watch().productNumber = medicine.productNumber;
      added.watch().name = medicine.name;
    }
    return result;
  }

  private static Optional<String> pathOf(String url) {
    try {
      return url == null ? Optional.empty() : Optional.ofNullable(URI.create(url.trim()).getPath());
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  @Transactional
  public AddResult add(String url) {
    if (url == null || url.isBlank()) {
      return new AddResult.Rejected("url or productNumber is required");
    }
    UrlCheck check = emaUrls.validate(url);
    if (check instanceof UrlCheck.Invalid invalid) {
      return new AddResult.Rejected(invalid.error());
    }
    UrlCheck.Valid valid = (UrlCheck.Valid) check;
    // By URL too: a veterinary page watched before it had a slug of its own keeps its old one.
    var existing =
        Watch.findBySlug(valid.slug()).or(() -> Watch.findByUrl(valid.canonicalUrl().toString()));
    if (existing.isPresent()) {
      return new AddResult.AlreadyWatched(existing.get());
    }
    Instant now = clock.instant();
    Watch watch = new Watch();
    watch.slug = valid.slug();
    watch.url = valid.canonicalUrl().toString();
    watch.createdAt = now;
    watch.nextCheckAt = now;
    try {
      watch.persistAndFlush();
    } catch (PersistenceException e) {
      if (!lostRaceForSlug(e)) {
        throw e;
      }
      // The same page was added by a request running at the same moment: its row holds the slug.
      QuarkusTransaction.setRollbackOnly();
      return new AddResult.AlreadyWatched(watch);
    }
    return new AddResult.Added(watch);
  }

  /** A unique-key violation, or (H2, PostgreSQL) a lock wait on the other request's new row. */
  private static boolean lostRaceForSlug(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        return state.startsWith("23") || state.equals("HYT00") || state.equals("40001");
      }
    }
    return false;
  }

  /** Deletes the watch with its versions and pending removals; published events stay. */
  @Transactional
  public boolean delete(String slug) {
    return Watch.findBySlug(slug)
        .map(
            watch -> {
              watch.delete();
              return true;
            })
        .orElse(false);
  }
}
