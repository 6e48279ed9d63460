package io.eparwatch.api;

import io.eparwatch.security.Roles;
import io.eparwatch.watch.BatchChecker;
import io.eparwatch.watch.Outcome;
import io.eparwatch.watch.Watch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/checks")
public class CheckResource {

  private final BatchChecker batch;

  public CheckResource(BatchChecker batch) {
    this.batch = batch;
  }

  /** Checks every watch now; answers how many checks ended in each outcome. */
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public CheckCounts checkAll() {
    List<Long> ids = Watch.allIds();
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      counts.put(outcome, 0);
    }
    batch.checkAll(ids).forEach(counts::put);
    return new CheckCounts(ids.size(), counts);
  }

  public record CheckCounts(int checked, Map<Outcome, Integer> outcomes) {}
}
