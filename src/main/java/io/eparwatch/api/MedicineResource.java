package io.eparwatch.api;

import io.eparwatch.catalogue.CatalogueQuery;
import io.eparwatch.catalogue.Medicine;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/medicines")
public class MedicineResource {

  static final int MAX_SIZE = 200;

  /** The catalogue from EMA's medicines export, by name; page from 0, size 1–200 (default 50). */
  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public MedicinePage search(
      @QueryParam("q") String q,
      @QueryParam("atc") String atc,
      @QueryParam("holder") String holder,
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    int pageNo = QueryParams.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE);
    int pageSize = QueryParams.wholeNumber("size", size, 50, 1, MAX_SIZE);
    if ((long) pageNo * pageSize > Integer.MAX_VALUE) {
      throw ApiError.badRequest(
          "page "
              + pageNo
              + " of size "
              + pageSize
              + " lies beyond any catalogue: ask a lower page");
    }
    CatalogueQuery.Result result =
        new CatalogueQuery(
                QueryParams.text(q),
                QueryParams.text(atc),
                QueryParams.text(holder),
                QueryParams.text(status),
                QueryParams.text(category),
                pageNo,
                pageSize)
            .run();
    return new MedicinePage(
        result.items().stream().map(MedicineView::of).toList(), pageNo, pageSize, result.total());
  }

  public record MedicinePage(List<MedicineView> items, int page, int size, long total) {}

  public record MedicineView(
      String productNumber,
      String name,
      String category,
      String status,
      String inn,
      String activeSubstance,
      String holder,
      String atcCode,
      String therapeuticArea,
      String latestProcedure,
      String revision,
      LocalDate firstPublished,
      LocalDate lastUpdated,
      String url) {
    static MedicineView of(Medicine m) {
      return new MedicineView(
          m.productNumber,
          m.name,
          m.category,
          m.status,
          m.inn,
          m.activeSubstance,
          m.holder,
          m.atcCode,
          m.therapeuticArea,
          m.latestProcedure,
          m.revision,
          m.firstPublished,
          m.lastUpdated,
          m.medicineUrl);
    }
  }
}
