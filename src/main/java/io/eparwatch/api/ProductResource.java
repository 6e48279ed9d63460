package io.eparwatch.api;

import io.eparwatch.api.MedicineResource.MedicineView;
import io.eparwatch.api.ProductViews.CurrentModel;
import io.eparwatch.api.ProductViews.ProductView;
import io.eparwatch.api.ProductViews.Timeline;
import io.eparwatch.api.ProductViews.TimelineEntry;
import io.eparwatch.api.Views.WatchView;
import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.Disagreement;
import io.eparwatch.snapshot.SnapshotStore;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.snapshot.VersionSummary;
import io.eparwatch.source.StoredEmaPauses;
import io.eparwatch.watch.Product;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A medicine as one product: what the catalogue, its page and its export record say, and when. */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private final Catalogue catalogue;
  private final SnapshotStore store;
  private final StoredEmaPauses pauses;

  public ProductResource(Catalogue catalogue, SnapshotStore store, StoredEmaPauses pauses) {
    this.catalogue = catalogue;
    this.store = store;
    this.pauses = pauses;
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Path("{key: .+}")
  @Operation(
      summary = "One product, page and export side by side",
      description =
          "Catalogue facts, the current page model and the current export model, the watch if"
              + " watched, and the fields on which page and export disagree today.")
  public ProductView get(
      @Parameter(
              description = "Slug (imlygic) or EMA product number (EMEA/H/C/002771), URL-encoded")
          @PathParam("key")
          String key) {
    Product product = find(key);
    Optional<CurrentModel> page = product.watch().flatMap(w -> current(VersionKey.page(w.id)));
    Optional<CurrentModel> export =
        product.productNumber() == null
            ? Optional.empty()
            : current(VersionKey.export(product.productNumber()));
    List<Disagreement> disagreements =
        page.isPresent() && export.isPresent()
            ? Disagreement.between(page.get().model(), export.get().model())
            : List.of();
    return new ProductView(
        product.slug(),
        product.productNumber(),
        product.name(),
        product.medicine().map(MedicineView::of).orElse(null),
        page.orElse(null),
        export.orElse(null),
        product.watch().map(w -> WatchView.of(w, pauses.now().orElse(null))).orElse(null),
        disagreements);
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Path("{key: .+}/timeline")
  @Operation(
      summary = "The versions of a product from both sources, newest first",
      description =
          "Each version with its source, time, fingerprint and the events detected in it."
              + " limit: 1-500 (default 50); before: an ISO instant or date, for the next page.")
  public Timeline timeline(
      @PathParam("key") String key,
      @QueryParam("limit") String limit,
      @QueryParam("before") String before) {
    Product product = find(key);
    int max = QueryParams.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    Instant until = QueryParams.instant("before", before);
    List<Long> watchIds = product.watch().map(w -> List.of(w.id)).orElse(List.of());
    List<VersionSummary> versions =
        VersionSummary.timeline(watchIds, product.productNumber(), until, max);
    Map<Long, List<ChangeEvent>> events =
        ChangeEvent.ofVersions(versions.stream().map(VersionSummary::id).toList()).stream()
            .collect(Collectors.groupingBy(e -> e.versionId));
    return new Timeline(
        product.productNumber(),
        product.slug(),
        versions.stream()
            .map(v -> TimelineEntry.of(v, events.getOrDefault(v.id(), List.of())))
            .toList());
  }

  private Optional<CurrentModel> current(VersionKey key) {
    return store.latestGood(key).map(CurrentModel::of);
  }

  private Product find(String key) {
    return Products.find(catalogue, key);
  }
}
