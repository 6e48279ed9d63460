package io.eparwatch.web;

import io.eparwatch.change.Disagreement;
import io.eparwatch.epar.EparDocument;
import io.eparwatch.snapshot.Source;
import io.eparwatch.watch.Watch;
import java.time.Instant;
import java.util.List;

/** Everything the medicine page shows. */
public record ProductView(
    String key,
    String name,
    String productNumber,
    String emaUrl,
    Watch watch,
    List<ProductFacts.Fact> facts,
    Source documentsFrom,
    List<Section> sections,
    List<Disagreement> disagreements,
    List<TranslationLag> lags,
    List<VersionRow> timeline) {

  /** The documents of one section of the page, in the page's order. */
  public record Section(String name, List<EparDocument> documents) {}

  /** One stored version of either source, with what was detected in it. */
  public record VersionRow(
      long id,
      Source source,
      int versionNo,
      String status,
      Instant observedAt,
      List<ChangeRow> changes) {}

  public String feedLink() {
    return "/feeds/products/" + Links.encode(key) + ".atom";
  }

  public String status() {
    return facts.stream()
        .filter(f -> f.label().equals("Status"))
        .map(ProductFacts.Fact::value)
        .findFirst()
        .orElse(null);
  }
}
