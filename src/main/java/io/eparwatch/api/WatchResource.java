package io.eparwatch.api;

import io.eparwatch.api.Views.AddWatchRequest;
import io.eparwatch.api.Views.CheckView;
import io.eparwatch.api.Views.SnapshotSummary;
import io.eparwatch.api.Views.WatchView;
import io.eparwatch.security.Roles;
import io.eparwatch.snapshot.Snapshot;
import io.eparwatch.source.EmaPause;
import io.eparwatch.source.StoredEmaPauses;
import io.eparwatch.watch.Watch;
import io.eparwatch.watch.WatchChecker;
import io.eparwatch.watch.WatchService;
import io.eparwatch.watch.WatchService.AddResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/watches")
@Produces(MediaType.APPLICATION_JSON)
public class WatchResource {

  private final WatchService watches;
  private final WatchChecker checker;
  private final StoredEmaPauses pauses;

  public WatchResource(WatchService watches, WatchChecker checker, StoredEmaPauses pauses) {
    this.watches = watches;
    this.checker = checker;
    this.pauses = pauses;
  }

  @APIResponse(responseCode = "201", description = "watch added")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "409", description = "already watched: {\"error\": \"...\"}")
  @APIResponse(responseCode = "413", description = "request body too large: {\"error\": \"...\"}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(AddWatchRequest request) {
    AddResult result =
        request != null && request.productNumber() != null && !request.productNumber().isBlank()
            ? watches.addProduct(request.productNumber())
            : watches.add(request == null ? null : request.url());
    if (result instanceof AddResult.Rejected rejected) {
      throw ApiError.badRequest(rejected.error());
    }
    if (result instanceof AddResult.AlreadyWatched already) {
      return ApiError.response(Status.CONFLICT, "already watched as " + already.watch().slug);
    }
    Watch watch = ((AddResult.Added) result).watch();
    return Response.created(URI.create("/api/watches/" + watch.slug))
        .entity(WatchView.of(watch, pauses.now().orElse(null)))
        .build();
  }

  @APIResponse(responseCode = "200", description = "OK")
  @GET
  public List<WatchView> list() {
    EmaPause pause = pauses.now().orElse(null);
    return Watch.listBySlug().stream().map(watch -> WatchView.of(watch, pause)).toList();
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Path("{slug}")
  public WatchView get(@PathParam("slug") String slug) {
    return WatchView.of(find(slug), pauses.now().orElse(null));
  }

  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @DELETE
  @Path("{slug}")
  public Response delete(@PathParam("slug") String slug) {
    if (!watches.delete(slug)) {
      throw unknown(slug);
    }
    return Response.noContent().build();
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @POST
  @Path("{slug}/check")
  public CheckView check(@PathParam("slug") String slug) {
    return CheckView.of(checker.checkNow(find(slug).id));
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Path("{slug}/snapshots")
  public List<SnapshotSummary> snapshots(@PathParam("slug") String slug) {
    return Snapshot.ofWatch(find(slug).id).stream().map(SnapshotSummary::of).toList();
  }

  private static Watch find(String slug) {
    return Watch.findBySlug(slug).orElseThrow(() -> unknown(slug));
  }

  private static RuntimeException unknown(String slug) {
    return ApiError.notFound("no watch with slug '" + slug + "'");
  }
}
