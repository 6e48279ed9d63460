package io.eparwatch.web;

import io.eparwatch.alert.Subscription;
import io.eparwatch.alert.SubscriptionRequest;
import io.eparwatch.alert.Subscriptions;
import io.eparwatch.alert.Webhooks;
import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.change.ChangeType;
import io.eparwatch.security.Roles;
import io.eparwatch.watch.Product;
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
import java.util.Optional;

/**
 * {@code /subscriptions}: subscribe to changes by mail with a filter and a mode; the same rules as
 * {@code POST /api/subscriptions} (the form is turned into its request). Admins see the
 * subscriptions and webhooks, with Remove buttons that post to {@link AdminRemovals}.
 */
@Path("/subscriptions")
public class SubscriptionsPage {

  static final int LISTED = 200;

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance subscriptions(
        List<String> types,
        List<Subscription> subscriptions,
        List<Webhooks.Listed> webhooks,
        boolean admin,
        boolean sent,
        String notice,
        String error,
        SubscriptionForm form,
        String productError);
  }

  private final Subscriptions subscriptions;
  private final Webhooks webhooks;
  private final SecurityIdentity identity;
  private final Catalogue catalogue;

  public SubscriptionsPage(
      Subscriptions subscriptions,
      Webhooks webhooks,
      SecurityIdentity identity,
      Catalogue catalogue) {
    this.subscriptions = subscriptions;
    this.webhooks = webhooks;
    this.identity = identity;
    this.catalogue = catalogue;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Transactional
  public TemplateInstance form(
      @QueryParam("sent") String sent, @QueryParam("removed") String removed) {
    return page(sent != null, AdminRemovals.notice(removed), null, SubscriptionForm.EMPTY, null);
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
    SubscriptionForm form = new SubscriptionForm(email, mode, product, type, atc, holder, source);
    SubscriptionRequest request;
    try {
      request = SubscriptionRequest.read(form.body());
    } catch (SubscriptionRequest.Invalid e) {
      return refused(Response.Status.BAD_REQUEST, e.getMessage(), form, null);
    }
    Optional<String> unknown = Product.unknown(catalogue, request.filter().products());
    if (unknown.isPresent()) {
      return refused(Response.Status.BAD_REQUEST, null, form, unknown.get());
    }
    Subscriptions.Outcome outcome =
        subscriptions.subscribe(
            request, http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
    if (outcome instanceof Subscriptions.TooMany) {
      return refused(
          Response.Status.TOO_MANY_REQUESTS,
          "Too many confirmation mails were asked for lately; try later.",
          form,
          null);
    }
    return Response.seeOther(URI.create("/subscriptions?sent=1")).build();
  }

  /** The form again with what was typed, and why it was refused: above it, or at its field. */
  private Response refused(
      Response.Status status, String error, SubscriptionForm form, String productError) {
    return Response.status(status)
        .entity(page(false, null, error, form, productError).render())
        .build();
  }

  private TemplateInstance page(
      boolean sent, String notice, String error, SubscriptionForm form, String productError) {
    boolean admin = identity.hasRole(Roles.ADMIN);
    return Templates.subscriptions(
        List.of(ChangeType.values()).stream().map(Enum::name).toList(),
        admin ? Subscription.page(0, LISTED) : List.of(),
        admin ? webhooks.list() : List.of(),
        admin,
        sent,
        admin ? notice : null,
        error,
        form,
        productError);
  }
}
