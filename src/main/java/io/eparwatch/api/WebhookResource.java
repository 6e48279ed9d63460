package io.eparwatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eparwatch.alert.Webhook;
import io.eparwatch.alert.Webhooks;
import io.eparwatch.api.WebhookViews.AddWebhookRequest;
import io.eparwatch.api.WebhookViews.FilterRequest;
import io.eparwatch.api.WebhookViews.WebhookView;
import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.change.ChangeFilter;
import io.eparwatch.security.AdminIdentityProvider;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Webhooks (admin only): receivers of signed POSTs of the changes their filter matches. */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminIdentityProvider.ADMIN)
public class WebhookResource {

  private final Webhooks webhooks;
  private final StrictJson json;
  private final Catalogue catalogue;

  public WebhookResource(Webhooks webhooks, StrictJson json, Catalogue catalogue) {
    this.webhooks = webhooks;
    this.json = json;
    this.catalogue = catalogue;
  }

  @APIResponse(responseCode = "201", description = "webhook added")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "413", description = "request body too large: {\"error\": \"...\"}")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(content = @Content(schema = @Schema(implementation = AddWebhookRequest.class)))
  public Response add(String body) throws JsonProcessingException {
    AddWebhookRequest request = json.read(body, AddWebhookRequest.class);
    Webhook webhook;
    try {
      ChangeFilter filter = filter(request.filter());
      Products.requireKnown(catalogue, filter);
      webhook = webhooks.add(request.url(), request.secret(), filter);
    } catch (IllegalArgumentException invalid) { // ChangeFilter.Invalid, WebhookRules.Invalid
      throw ApiError.badRequest(invalid.getMessage());
    }
    return Response.created(URI.create("/api/webhooks/" + webhook.id))
        .entity(WebhookView.of(new Webhooks.Listed(webhook, Webhooks.noDeliveries())))
        .build();
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @GET
  public List<WebhookView> list() {
    return webhooks.list().stream().map(WebhookView::of).toList();
  }

  @APIResponse(responseCode = "204", description = "removed; its unsent deliveries are DEAD")
  @APIResponse(responseCode = "400", description = "id not a number: {\"error\": \"...\"}")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") String id) {
    if (!webhooks.remove(Ids.parse("webhook", id))) {
      throw ApiError.notFound("no webhook with id " + id.trim());
    }
    return Response.noContent().build();
  }

  private static ChangeFilter filter(FilterRequest filter) {
    return filter == null ? ChangeFilter.ANY : filter.read();
  }
}
