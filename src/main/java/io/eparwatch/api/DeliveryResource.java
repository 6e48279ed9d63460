package io.eparwatch.api;

import io.eparwatch.alert.Delivery;
import io.eparwatch.api.WebhookViews.DeliveryView;
import io.eparwatch.security.AdminIdentityProvider;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The outbox as operators see it (admin only): what waits, what failed and why, what died. */
@Path("/api/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminIdentityProvider.ADMIN)
public class DeliveryResource {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "unknown state, bad limit: {\"error\"}")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @GET
  public List<DeliveryView> list(
      @QueryParam("state") String state, @QueryParam("limit") String limit) {
    Delivery.State wanted = state(QueryParams.text(state));
    int size = QueryParams.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    var query =
        wanted == null
            ? Delivery.<Delivery>find("order by createdAt desc, id desc")
            : Delivery.<Delivery>find("state = ?1 order by createdAt desc, id desc", wanted);
    return query.page(0, size).list().stream().map(DeliveryView::of).toList();
  }

  private static Delivery.State state(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Delivery.State.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(
          "state must be one of " + List.of(Delivery.State.values()) + ", any case");
    }
  }
}
