package io.eparwatch.web;

import io.eparwatch.export.ExportRun;
import io.eparwatch.export.ExportStatus;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /exports}: the state of EMA's two data exports and their last runs. */
@Path("/exports")
public class ExportsPage {

  static final int RUNS = 20;

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance exports(List<ExportStatus.State> states, List<ExportRun> runs);
  }

  private final ExportStatus status;

  public ExportsPage(ExportStatus status) {
    this.status = status;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance exports() {
    return Templates.exports(
        status.states(),
        ExportRun.<ExportRun>findAll(Sort.descending("fetchedAt", "id")).page(0, RUNS).list());
  }
}
