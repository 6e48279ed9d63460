package io.eparwatch.alert;

import io.eparwatch.config.EparWatchConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The pages behind the links of the mails. A GET never changes anything (mail scanners follow
 * links): unsubscribing is the page's button, or the one-click POST of RFC 8058 that mail programs
 * send ({@code List-Unsubscribe=One-Click}).
 */
@Path("/subscriptions")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionPages {

  @Location("pages/subscription.html")
  Template page;

  private static final String UNKNOWN_UNSUBSCRIBE = "This unsubscribe link does not work";
  private static final String UNKNOWN_UNSUBSCRIBE_WHY =
      "It is incomplete or its subscription was removed. If you copied it from a mail, check that"
          + " the whole address was copied.";

  private final Subscriptions subscriptions;
  private final String home;

  SubscriptionPages(Subscriptions subscriptions, EparWatchConfig config) {
    this.subscriptions = subscriptions;
    this.home = config.publicUrl().toString();
  }

  @APIResponse(responseCode = "200", description = "HTML page")
  @APIResponse(responseCode = "400", description = "HTML page: the link does not work")
  @GET
  @Path("confirm")
  public Response confirm(@QueryParam("token") String token) {
    return answer(
        subscriptions.confirm(token),
        s ->
            ok(
                "Subscription confirmed",
                "Changes will be mailed to " + s.email + " (" + mode(s) + ").",
                null),
        "This confirmation link does not work",
        "It was already used, or it is incomplete. If you copied it from the mail, check that the"
            + " whole address was copied; or subscribe again.");
  }

  @APIResponse(responseCode = "200", description = "HTML page")
  @APIResponse(responseCode = "400", description = "HTML page: the link does not work")
  @GET
  @Path("unsubscribe")
  public Response unsubscribePage(@QueryParam("token") String token) {
    String action =
        "/subscriptions/unsubscribe?token="
            + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
    return answer(
        subscriptions.ofUnsubscribeToken(token),
        s ->
            ok("Unsubscribe", "Stop mailing changes to " + s.email + " (" + mode(s) + ")?", action),
        UNKNOWN_UNSUBSCRIBE,
        UNKNOWN_UNSUBSCRIBE_WHY);
  }

  /** The page's button and the one-click POST of mail programs (any form body). */
  @APIResponse(responseCode = "200", description = "HTML page")
  @APIResponse(responseCode = "400", description = "HTML page: the link does not work")
  @POST
  @Path("unsubscribe")
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
  public Response unsubscribe(@QueryParam("token") String token) {
    return answer(
        subscriptions.unsubscribe(token),
        s ->
            ok(
                "Unsubscribed",
                "No more changes will be mailed to " + s.email + " for this subscription.",
                null),
        UNKNOWN_UNSUBSCRIBE,
        UNKNOWN_UNSUBSCRIBE_WHY);
  }

  private Response answer(
      Optional<Subscription> found,
      Function<Subscription, Response> page,
      String failedTitle,
      String failedMessage) {
    return found.map(page).orElseGet(() -> page(400, failedTitle, failedMessage, null));
  }

  private Response ok(String title, String message, String formAction) {
    return page(200, title, message, formAction);
  }

  private Response page(int status, String title, String message, String formAction) {
    String html =
        page.data("title", title)
            .data("message", message)
            .data("formAction", formAction)
            .data("home", home)
            .render();
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
        .header("Cache-Control", "no-store")
        // The token is in the address: no other site may see it in a Referer.
        .header("Referrer-Policy", "no-referrer")
        .entity(html)
        .build();
  }

  private static String mode(Subscription subscription) {
    return switch (subscription.mode) {
      case IMMEDIATE -> "each change as it is found";
      case DAILY -> "a daily digest";
      case WEEKLY -> "a weekly digest";
    };
  }
}
