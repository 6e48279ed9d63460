package io.eparwatch.web;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStore;
import io.eparwatch.snapshot.Source;
import io.eparwatch.watch.Watch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /versions/{id}}: a stored version as parsed, with the raw copy for page versions. */
@Path("/versions/{id}")
public class VersionPage {

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance version(
        Snapshot v,
        String productKey,
        List<ProductFacts.Fact> facts,
        List<EparDocument> documents,
        String raw);
  }

  private final SnapshotStore store;

  public VersionPage(SnapshotStore store) {
    this.store = store;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance version(@PathParam("id") String id) {
    Snapshot version =
        Snapshot.<Snapshot>findByIdOptional(Ids.parse("version", id))
            .orElseThrow(() -> PageError.notFound("There is no stored version " + id + "."));
    EparPage model = store.page(version).orElse(null);
    String productKey =
        version.watchId != null
            ? Watch.<Watch>findByIdOptional(version.watchId).map(w -> w.slug).orElse(null)
            : version.productNumber;
    return Templates.version(
        version,
        productKey == null ? null : Links.product(productKey),
        ProductFacts.of(model, null),
        model == null ? List.of() : model.documents(),
        version.source == Source.PAGE ? "/api/versions/" + version.id + "/raw" : null);
  }
}
