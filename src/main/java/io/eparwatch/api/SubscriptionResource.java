package io.eparwatch.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.eparwatch.alert.Subscription;
import io.eparwatch.alert.SubscriptionRequest;
import io.eparwatch.alert.Subscriptions;
import io.eparwatch.alert.Subscriptions.Outcome;
import io.eparwatch.alert.Subscriptions.TooMany;
import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.security.AdminIdentityProvider;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Email subscriptions: anyone may ask for one (double opt-in); the admin lists and removes. */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

  private final Subscriptions subscriptions;
  private final Catalogue catalogue;

  public SubscriptionResource(Subscriptions subscriptions, Catalogue catalogue) {
    this.subscriptions = subscriptions;
    this.catalogue = catalogue;
  }

  @APIResponse(responseCode = "201", description = "subscription created, confirmation mail due")
  @APIResponse(responseCode = "200", description = "the same subscription existed already")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "413", description = "request body too large: {\"error\": \"...\"}")
  @APIResponse(responseCode = "429", description = "too many confirmations: {\"error\": \"...\"}")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response subscribe(JsonNode body, @Context HttpServerRequest http) {
    SubscriptionRequest request;
    try {
      request = SubscriptionRequest.read(body);
    } catch (SubscriptionRequest.Invalid e) {
      throw ApiError.badRequest(e.getMessage());
    }
    Products.requireKnown(catalogue, request.filter());
    Outcome outcome = subscriptions.subscribe(request, client(http));
    if (outcome instanceof TooMany tooMany) {
      long seconds = Math.max(1, tooMany.retryAfter().toSeconds());
      return Response.fromResponse(
              ApiError.response(
                  Status.TOO_MANY_REQUESTS,
                  "too many confirmation mails asked for lately; try again in "
                      + Math.max(1, (seconds + 59) / 60)
                      + " minutes"))
          .header("Retry-After", seconds)
          .build();
    }
    SubscriptionView view = SubscriptionView.of(outcome.subscription());
    return outcome instanceof Subscriptions.Created
        ? Response.created(URI.create("/api/subscriptions/" + view.id())).entity(view).build()
        : Response.ok(view).build();
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @RolesAllowed(AdminIdentityProvider.ADMIN)
  @GET
  @Transactional
  public List<SubscriptionView> list(
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    return Subscription.page(
            QueryParams.wholeNumber("offset", offset, 0, 0, Integer.MAX_VALUE - 1000),
            QueryParams.wholeNumber("limit", limit, 100, 1, 500))
        .stream()
        .map(SubscriptionView::of)
        .toList();
  }

  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(responseCode = "400", description = "id not a number: {\"error\": \"...\"}")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @RolesAllowed(AdminIdentityProvider.ADMIN)
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    if (!subscriptions.delete(Ids.parse("subscription", id))) {
      throw ApiError.notFound("no subscription with id " + Ids.parse("subscription", id));
    }
    return Response.noContent().build();
  }

  private static String client(HttpServerRequest http) {
    return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
  }
}
