package io.eparwatch.web;

import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.catalogue.Medicine;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.Disagreement;
import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import io.eparwatch.epar.LanguageDates;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStore;
import io.eparwatch.snapshot.Source;
import io.eparwatch.snapshot.VersionKey;
import io.eparwatch.snapshot.VersionSummary;
import io.eparwatch.snapshot.VersionedPage;
import io.eparwatch.watch.Product;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /products/{key}}: one medicine, both sources, its documents, history and lag. */
@Path("/products")
public class ProductPage {

  static final int TIMELINE_LENGTH = 50;

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance product(ProductView p);
  }

  private final Catalogue catalogue;
  private final SnapshotStore store;

  public ProductPage(Catalogue catalogue, SnapshotStore store) {
    this.catalogue = catalogue;
    this.store = store;
  }

  @GET
  @Path("{key: .+}")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance product(@PathParam("key") String key) {
    Product product =
        Product.find(catalogue, key)
            .orElseThrow(
                () ->
                    PageError.notFound(
                        "No medicine has the slug or product number \"" + key + "\"."));
    Optional<VersionedPage> page =
        product.watch().flatMap(w -> store.latestGood(VersionKey.page(w.id)));
    Optional<VersionedPage> export =
        Optional.ofNullable(product.productNumber())
            .flatMap(n -> store.latestGood(VersionKey.export(n)));
    Optional<VersionedPage> current = page.or(() -> export);
    EparPage model = current.map(VersionedPage::page).orElse(null);
    List<EparDocument> documents = model == null ? List.of() : model.documents();
    Medicine medicine = product.medicine().orElse(null);
    return Templates.product(
        new ProductView(
            product.slug() != null ? product.slug() : product.productNumber(),
            product.name() != null ? product.name() : model == null ? key : model.name(),
            product.productNumber(),
            medicine != null ? medicine.medicineUrl : product.watch().map(w -> w.url).orElse(null),
            product.watch().orElse(null),
            ProductFacts.of(model, medicine),
            current.map(v -> page.isPresent() ? Source.PAGE : Source.EXPORT).orElse(null),
            sections(documents),
            page.isPresent() && export.isPresent()
                ? Disagreement.between(page.get().page(), export.get().page())
                : List.of(),
            TranslationLag.of(documents, page.map(this::languageDates).orElse(Map.of())),
            timeline(product)));
  }

  private Map<String, Map<String, LocalDate>> languageDates(VersionedPage version) {
    return Snapshot.<Snapshot>findByIdOptional(version.versionId())
        .map(store::rawBody)
        .map(body -> LanguageDates.read(new String(body, StandardCharsets.UTF_8)))
        .orElse(Map.of());
  }

  private static List<ProductView.Section> sections(List<EparDocument> documents) {
    Map<String, List<EparDocument>> bySection = new LinkedHashMap<>();
    for (EparDocument document : documents) {
      String section = document.section() == null ? "Other documents" : document.section();
      bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(document);
    }
    return bySection.entrySet().stream()
        .map(s -> new ProductView.Section(s.getKey(), s.getValue()))
        .toList();
  }

  private static List<ProductView.VersionRow> timeline(Product product) {
    List<Long> watchIds = product.watch().map(w -> List.of(w.id)).orElse(List.of());
    List<VersionSummary> versions =
        VersionSummary.timeline(watchIds, product.productNumber(), null, TIMELINE_LENGTH);
    Map<Long, List<ChangeEvent>> events =
        ChangeEvent.ofVersions(versions.stream().map(VersionSummary::id).toList()).stream()
            .collect(Collectors.groupingBy(e -> e.versionId));
    return versions.stream()
        .map(
            v ->
                new ProductView.VersionRow(
                    v.id(),
                    v.source(),
                    v.versionNo(),
                    v.status().name().toLowerCase(Locale.ROOT),
                    v.fetchedAt(),
                    events.getOrDefault(v.id(), List.of()).stream().map(ChangeRow::of).toList()))
        .toList();
  }
}
