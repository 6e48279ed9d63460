package io.eparwatch.api;

import io.eparwatch.api.ProductViews.ChangeDetail;
import io.eparwatch.api.Views.ChangeView;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/changes")
public class ChangeResource {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  /**
   * Newest first. {@code since}: an ISO instant or date (UTC); {@code product}: slug or EMA number.
   */
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<ChangeView> list(
      @QueryParam("product") String product,
      @QueryParam("type") String type,
      @QueryParam("since") String since,
      @QueryParam("limit") String limit) {
    return ChangeEvent.search(QueryParams.text(product), type(type), since(since), limit(limit))
        .stream()
        .map(ChangeView::of)
        .toList();
  }

  private static ChangeType type(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ChangeType.valueOf(value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(
          "unknown change type '" + value + "'; one of " + Arrays.toString(ChangeType.values()));
    }
  }

  private static Instant since(String value) {
    return QueryParams.instant("since", value);
  }

  private static int limit(String value) {
    return QueryParams.wholeNumber("limit", value, DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "One change with its product and both versions",
      description = "The versions it was detected between, with links to them and to the product.")
  public ChangeDetail get(@PathParam("id") String id) {
    return ChangeDetail.of(
        ChangeEvent.<ChangeEvent>findByIdOptional(Ids.parse("change", id))
            .orElseThrow(() -> ApiError.notFound("no change with id " + id)));
  }
}
