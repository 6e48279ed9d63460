package io.eparwatch.watch;

import io.eparwatch.export.Medicine;
import io.eparwatch.source.EmaUrls;
import io.eparwatch.source.UrlCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Adding and removing watches. */
@ApplicationScoped
public class WatchService {

  private final EmaUrls emaUrls;
  private final Clock clock;

  public WatchService(EmaUrls emaUrls, Clock clock) {
    this.emaUrls = emaUrls;
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
    Optional<Medicine> medicine = Medicine.byProductNumber(productNumber.trim());
    if (medicine.isEmpty()) {
      return new AddResult.Rejected("product number '" + productNumber.trim()
          + "' is not in the catalogue (it is filled from EMA's medicines export)");
    }
    if (medicine.get().medicineUrl == null) {
      return new AddResult.Rejected("the catalogue has no EPAR page for " + productNumber.trim());
    }
    // The export names the page on the public site; the configured EMA origin is what we fetch.
    String path = URI.create(medicine.get().medicineUrl.trim()).getPath();
    AddResult result = add(emaUrls.baseUrl().resolve(path).toString());
    if (result instanceof AddResult.Added added) {
      added.watch().productNumber = medicine.get().productNumber;
      added.watch().name = medicine.get().name;
    }
    return result;
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
    var existing = Watch.findBySlug(valid.slug());
    if (existing.isPresent()) {
      return new AddResult.AlreadyWatched(existing.get());
    }
    Instant now = clock.instant();
    Watch watch = new Watch();
    watch.slug = valid.slug();
    watch.url = valid.canonicalUrl().toString();
    watch.createdAt = now;
    watch.nextCheckAt = now;
    watch.persist();
    return new AddResult.Added(watch);
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
