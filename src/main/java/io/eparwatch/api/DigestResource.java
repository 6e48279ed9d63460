package io.eparwatch.api;

import io.eparwatch.alert.Digests;
import io.eparwatch.alert.Subscription.Mode;
import io.eparwatch.security.AdminIdentityProvider;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Writes the digests of every active daily or weekly subscription now (after an outage; tests). */
@Path("/api/alerts/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

  private final Digests digests;

  public DigestResource(Digests digests) {
    this.digests = digests;
  }

  @APIResponse(responseCode = "200", description = "the digests written into the outbox")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @RolesAllowed(AdminIdentityProvider.ADMIN)
  @POST
  @Path("run")
  public Digests.Run run(@QueryParam("mode") String mode) {
    String name = QueryParams.text(mode);
    if (name == null || !(name.equalsIgnoreCase("DAILY") || name.equalsIgnoreCase("WEEKLY"))) {
      throw ApiError.badRequest("mode must be DAILY or WEEKLY");
    }
    return digests.runNow(Mode.valueOf(name.toUpperCase(Locale.ROOT)));
  }
}
