package io.eparwatch.api;

import io.eparwatch.api.Views.SnapshotSummary;
import io.eparwatch.api.Views.SnapshotView;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.snapshot.SnapshotStore;
import io.eparwatch.watch.Watch;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/snapshots/{id}")
public class SnapshotResource {

  private final SnapshotStore store;

  public SnapshotResource(SnapshotStore store) {
    this.store = store;
  }

  /** The version's metadata and its parsed page (null for a body that is not an EPAR page). */
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public SnapshotView get(@PathParam("id") String id) {
    Snapshot snapshot = find(id);
    return new SnapshotView(
        SnapshotSummary.of(snapshot), watchSlug(snapshot), store.page(snapshot).orElse(null));
  }

  /**
   * The body exactly as fetched. Served as plain text with a sandbox policy: scraped markup must
   * never run in the context of this application.
   */
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Path("raw")
  public Response raw(@PathParam("id") String id) {
    return rawResponse(store, find(id), id);
  }

  /**
   * The body exactly as fetched. Served as plain text with a sandbox policy: scraped markup must
   * never run in the context of this application.
   */
  static Response rawResponse(SnapshotStore store, Snapshot snapshot, String id) {
    byte[] body = store.rawBody(snapshot);
    if (body == null) {
      throw ApiError.notFound("version " + id + " comes from the exports and has no raw body");
    }
    return Response.ok(body)
        .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("X-Original-Content-Type", snapshot.contentType)
        .build();
  }

  /** The slug of the page a version belongs to; null for an export version. */
  static String watchSlug(Snapshot version) {
    return version.watchId == null
        ? null
        : Watch.<Watch>findByIdOptional(version.watchId).map(w -> w.slug).orElse(null);
  }

  private static Snapshot find(String id) {
    return Snapshot.<Snapshot>findByIdOptional(Ids.parse("snapshot", id))
        .orElseThrow(() -> ApiError.notFound("no snapshot with id " + id));
  }
}
