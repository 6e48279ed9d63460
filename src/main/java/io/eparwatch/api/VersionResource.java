package io.eparwatch.api;

import io.eparwatch.api.ProductViews.VersionView;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A stored version of either source. {@code /api/snapshots/{id}} shows page versions as before. */
@Path("/api/versions/{id}")
public class VersionResource {

  private final SnapshotStore store;

  public VersionResource(SnapshotStore store) {
    this.store = store;
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A stored version of a page or an export record",
      description = "Its metadata and parsed model; for pages, a link to the raw body as fetched.")
  public VersionView get(@PathParam("id") String id) {
    Snapshot version = find(id);
    return VersionView.of(
        version, SnapshotResource.watchSlug(version), store.page(version).orElse(null));
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Path("raw")
  @Operation(summary = "The body of a page version exactly as fetched (plain text, sandboxed)")
  public Response raw(@PathParam("id") String id) {
    return SnapshotResource.rawResponse(store, find(id), id);
  }

  private static Snapshot find(String id) {
    return Snapshot.<Snapshot>findByIdOptional(Ids.parse("version", id))
        .orElseThrow(() -> ApiError.notFound("no version with id " + id));
  }
}
