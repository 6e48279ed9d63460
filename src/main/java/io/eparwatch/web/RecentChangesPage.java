package io.eparwatch.web;

import io.eparwatch.change.ChangeFilter;
import io.eparwatch.change.ChangeQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /}: what EMA changed lately, newest first, grouped by day, filtered through the URL. */
@Path("/")
public class RecentChangesPage {

  static final int PAGE_SIZE = 50;
  static final String LAST_VISIT = "eparwatch-last-visit";

  @CheckedTemplate(requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance changes(
        ChangeListFilter f, List<Day> days, long total, Pager pager, Long sinceLastVisit);
  }

  /** The changes of one day (EMA's time zone). */
  public record Day(LocalDate day, List<ChangeRow> changes) {}

  private final Clock clock;

  public RecentChangesPage(Clock clock) {
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response changes(
      @QueryParam("product") String product,
      @QueryParam("type") String type,
      @QueryParam("atc") String atc,
      @QueryParam("holder") String holder,
      @QueryParam("source") String source,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @CookieParam(LAST_VISIT) String lastVisit) {
    ChangeListFilter f = ChangeListFilter.of(product, type, atc, holder, source, from, to);
    int pageNo = Forms.pageNumber(page);
    ChangeQuery.Result result =
        new ChangeQuery(f.filter(), f.fromInstant(), f.untilInstant(), pageNo, PAGE_SIZE).run();
    Instant previous = instant(lastVisit);
    Long since =
        previous == null ? null : new ChangeQuery(ChangeFilter.ANY, previous, null, 0, 1).count();
    String html =
        Templates.changes(
                f,
                byDay(result),
                result.total(),
                Pager.of(pageNo, result.total(), PAGE_SIZE),
                since)
            .render();
    return Response.ok(html)
        .cookie(
            new NewCookie.Builder(LAST_VISIT)
                .value(clock.instant().toString())
                .path("/")
                .maxAge(60 * 60 * 24 * 365)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build())
        .build();
  }

  private static List<Day> byDay(ChangeQuery.Result result) {
    Map<LocalDate, List<ChangeRow>> days = new LinkedHashMap<>();
    result
        .items()
        .forEach(
            e ->
                days.computeIfAbsent(WebFormat.day(e.detectedAt), d -> new java.util.ArrayList<>())
                    .add(ChangeRow.of(e)));
    return days.entrySet().stream().map(d -> new Day(d.getKey(), d.getValue())).toList();
  }

  private static Instant instant(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
