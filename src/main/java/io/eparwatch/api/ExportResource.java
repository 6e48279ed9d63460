package io.eparwatch.api;

import io.eparwatch.export.ExportIngester;
import io.eparwatch.export.ExportStatus;
import io.eparwatch.export.IngestionReport;
import io.eparwatch.security.AdminIdentityProvider;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

  private final ExportIngester ingester;
  private final ExportStatus status;

  public ExportResource(ExportIngester ingester, ExportStatus status) {
    this.ingester = ingester;
    this.status = status;
  }

  /**
   * Per export: its last run (outcome, error) and the export last ingested (timestamp, records).
   */
  @APIResponse(responseCode = "200", description = "OK")
  @GET
  public List<ExportStatus.State> list() {
    return status.states();
  }

  /** Ingests both exports now. */
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @RolesAllowed(AdminIdentityProvider.ADMIN)
  @POST
  @Path("check")
  public IngestionReport check() {
    return ingester.ingestNow();
  }
}
