package io.eparwatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eparwatch.alert.Subscription;
import io.eparwatch.alert.SubscriptionRequest;
import io.eparwatch.alert.Subscriptions;
import io.eparwatch.alert.Webhooks;
import io.eparwatch.change.ChangeType;
import io.eparwatch.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * {@code /subscriptions}: subscribe to changes by mail with a filter and a mode; the same rules as
 * {@code POST /api/subscriptions} (the form is turned into its request). Admins see the
 * subscriptions and webhooks, with Remove buttons that post to {@link AdminRemovals}.
 */
@Path("/subscriptions")
public class SubscriptionsPage {

  static final int LISTED = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance subscriptions(
        List<String> types,
        List<Subscription> subscriptions,
        List<Webhooks.Listed> webhooks,
        boolean admin,
        boolean sent,
        String notice,
        String error);
  }

  private final Subscriptions subscriptions;
  private final Webhooks webhooks;
  private final SecurityIdentity identity;

  public SubscriptionsPage(
      Subscriptions subscriptions, Webhooks webhooks, SecurityIdentity identity) {
    this.subscriptions = subscriptions;
    this.webhooks = webhooks;
    this.identity = identity;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Transactional
  public TemplateInstance form(
      @QueryParam("sent") String sent, @QueryParam("removed") String removed) {
    return page(sent != null, AdminRemovals.notice(removed), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Transactional
  public Response subscribe(
      @FormParam("email") String email,
      @FormParam("mode") String mode,
      @FormParam("product") String product,
      @FormParam("type") String type,
      @FormParam("atc") String atc,
      @FormParam("holder") String holder,
      @FormParam("source") String source,
      @Context HttpServerRequest http) {
    ObjectNode body = JSON.createObjectNode();
    put(body, "email", email);
    put(body, "mode", mode);
    ObjectNode filter = body.putObject("filter");
    if (Forms.text(product) != null) {
      filter.putArray("products").add(product.strip());
    }
    if (Forms.text(type) != null) {
      filter.putArray("types").add(type.strip());
    }
    put(filter, "atc", atc);
    put(filter, "holder", holder);
    put(filter, "source", source);
    SubscriptionRequest request;
    try {
      request = SubscriptionRequest.read(body);
    } catch (SubscriptionRequest.Invalid e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(page(false, null, e.getMessage()).render())
          .build();
    }
    Subscriptions.Outcome outcome =
        subscriptions.subscribe(
            request, http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
    if (outcome instanceof Subscriptions.TooMany) {
      return Response.status(Response.Status.TOO_MANY_REQUESTS)
          .entity(
              page(false, null, "Too many confirmation mails were asked for lately; try later.")
                  .render())
          .build();
    }
    return Response.seeOther(URI.create("/subscriptions?sent=1")).build();
  }

  private static void put(ObjectNode node, String name, String value) {
    if (Forms.text(value) != null) {
      node.put(name, value.strip());
    }
  }

  private TemplateInstance page(boolean sent, String notice, String error) {
    boolean admin = identity.hasRole(Roles.ADMIN);
    return Templates.subscriptions(
        List.of(ChangeType.values()).stream().map(Enum::name).toList(),
        admin ? Subscription.page(0, LISTED) : List.of(),
        admin ? webhooks.list() : List.of(),
        admin,
        sent,
        admin ? notice : null,
        error);
  }
}
