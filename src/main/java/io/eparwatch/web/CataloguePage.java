package io.eparwatch.web;

import io.eparwatch.catalogue.CatalogueQuery;
import io.eparwatch.catalogue.Medicine;
import io.eparwatch.watch.Watch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /catalogue}: the medicines of EMA's export, searched; a watch is one click away. */
@Path("/catalogue")
public class CataloguePage {

  static final int PAGE_SIZE = 50;

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance catalogue(
        Search s, List<Medicine> items, long total, Pager pager, Set<String> watched);
  }

  /** The search as typed, for the form and the paging links. */
  public record Search(String q, String atc, String holder, String status) {
    public String query() {
      StringBuilder query = new StringBuilder();
      append(query, "q", q);
      append(query, "atc", atc);
      append(query, "holder", holder);
      append(query, "status", status);
      return query.toString();
    }

    /** The statuses EMA's export gives a medicine. */
    public List<String> statuses() {
      return List.of("Authorised", "Withdrawn", "Suspended", "Refused", "Expired", "Lapsed");
    }

    public boolean isEmpty() {
      return q == null && atc == null && holder == null && status == null;
    }

    private static void append(StringBuilder query, String name, String value) {
      if (value != null) {
        query
            .append(query.isEmpty() ? "" : "&")
            .append(name)
            .append('=')
            .append(Links.encode(value));
      }
    }
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance catalogue(
      @QueryParam("q") String q,
      @QueryParam("atc") String atc,
      @QueryParam("holder") String holder,
      @QueryParam("status") String status,
      @QueryParam("page") String page) {
    Search search =
        new Search(Forms.text(q), Forms.text(atc), Forms.text(holder), Forms.text(status));
    int pageNo = Forms.pageNumber(page);
    CatalogueQuery.Result result =
        new CatalogueQuery(
                search.q(), search.atc(), search.holder(), search.status(), null, pageNo, PAGE_SIZE)
            .run();
    Set<String> watched =
        Watch.listBySlug().stream()
            .map(w -> w.productNumber)
            .filter(n -> n != null)
            .collect(Collectors.toSet());
    return Templates.catalogue(
        search,
        result.items(),
        result.total(),
        Pager.of(pageNo, result.total(), PAGE_SIZE),
        watched);
  }
}
