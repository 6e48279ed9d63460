package io.eparwatch.web;

import io.eparwatch.security.Roles;
import io.eparwatch.source.StoredEmaPauses;
import io.eparwatch.watch.CheckOutcome;
import io.eparwatch.watch.Watch;
import io.eparwatch.watch.WatchChecker;
import io.eparwatch.watch.WatchService;
import io.eparwatch.watch.WatchService.AddResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /watches}: the watched pages, their state and problems; add, remove, check. */
@Path("/watches")
@Produces(MediaType.TEXT_HTML)
public class WatchesPage {

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance watches(
        List<Watch> watches,
        String pause,
        CheckAllRun.Progress checkAll,
        String notice,
        String error);
  }

  private final WatchService watches;
  private final WatchChecker checker;
  private final CheckAllRun checkAll;
  private final StoredEmaPauses pauses;

  public WatchesPage(
      WatchService watches, WatchChecker checker, CheckAllRun checkAll, StoredEmaPauses pauses) {
    this.watches = watches;
    this.checker = checker;
    this.checkAll = checkAll;
    this.pauses = pauses;
  }

  @GET
  public TemplateInstance list(
      @QueryParam("notice") String notice, @QueryParam("slug") String slug) {
    return page(Notices.of(notice, slug), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response add(@FormParam("url") String url, @FormParam("productNumber") String number) {
    AddResult result =
        Forms.text(number) != null ? watches.addProduct(number) : watches.add(Forms.text(url));
    if (result instanceof AddResult.Rejected rejected) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(page(null, "Not added: " + rejected.error() + ".").render())
          .build();
    }
    if (result instanceof AddResult.AlreadyWatched already) {
      return seeOther("already", already.watch().slug);
    }
    return seeOther("added", ((AddResult.Added) result).watch().slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{slug}/remove")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response remove(@PathParam("slug") String slug) {
    if (!watches.delete(slug)) {
      throw unknown(slug);
    }
    return seeOther("removed", slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{slug}/check")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response check(@PathParam("slug") String slug) {
    Watch watch = Watch.findBySlug(slug).orElseThrow(() -> unknown(slug));
    CheckOutcome outcome = checker.checkNow(watch.id);
    return seeOther("checked-" + outcome.outcome().name(), slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("check-all")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response checkAll() {
    return seeOther(checkAll.start() ? "check-all" : "check-all-running", null);
  }

  private TemplateInstance page(String notice, String error) {
    return Templates.watches(
        Watch.listBySlug(),
        pauses.now().map(p -> p.describe()).orElse(null),
        checkAll.progress(),
        notice,
        error);
  }

  private static Response seeOther(String notice, String slug) {
    String query = "?notice=" + notice + (slug == null ? "" : "&slug=" + Links.encode(slug));
    return Response.seeOther(URI.create("/watches" + query)).build();
  }

  private static PageError unknown(String slug) {
    return PageError.notFound("No watch has the slug \"" + slug + "\".");
  }
}
