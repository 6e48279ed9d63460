package io.eparwatch.web;

import io.eparwatch.alert.Subscriptions;
import io.eparwatch.alert.Webhooks;
import io.eparwatch.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.LongPredicate;

/**
 * The Remove buttons of {@code /subscriptions}: the same removals as {@code DELETE
 * /api/subscriptions/{id}} and {@code DELETE /api/webhooks/{id}}. Under {@code /admin/}, not {@code
 * /subscriptions/}, because {@link CsrfScope} leaves the latter without the CSRF check.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminRemovals {

  private final Subscriptions subscriptions;
  private final Webhooks webhooks;

  public AdminRemovals(Subscriptions subscriptions, Webhooks webhooks) {
    this.subscriptions = subscriptions;
    this.webhooks = webhooks;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("subscriptions/{id}/remove")
  public Response removeSubscription(@PathParam("id") String id) {
    return remove("subscription", id, subscriptions::delete);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("webhooks/{id}/remove")
  public Response removeWebhook(@PathParam("id") String id) {
    return remove("webhook", id, webhooks::remove);
  }

  /** The sentence after a removal; the redirect names only what was removed, never the text. */
  static String notice(String removed) {
    return switch (removed == null ? "" : removed) {
      case "subscription" -> "The subscription is removed; its unsent mails will not go out.";
      case "webhook" -> "The webhook is removed; its unsent deliveries are dead.";
      default -> null;
    };
  }

  private static Response remove(String what, String id, LongPredicate removal) {
    long number = Ids.parse(what, id);
    if (!removal.test(number)) {
      throw PageError.notFound("There is no " + what + " " + number + ".");
    }
    return Response.seeOther(URI.create("/subscriptions?removed=" + what)).build();
  }
}
