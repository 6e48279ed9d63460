package io.eparwatch.api;

import io.eparwatch.catalogue.Catalogue;
import io.eparwatch.change.ChangeFilter;
import io.eparwatch.feed.FeedFormat;
import io.eparwatch.feed.FeedRequest;
import io.eparwatch.feed.Feeds;
import io.eparwatch.feed.RenderedFeed;
import io.eparwatch.watch.Product;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Atom and RSS feeds of the changes, all of them or one product's; 304 when unchanged. */
@Path("/feeds")
public class FeedResource {

  private static final Set<String> FILTERS = Set.of("product", "type", "atc", "holder", "source");
  private static final Set<String> PRODUCT_FILTERS = Set.of("type", "source");

  private final Feeds feeds;
  private final Catalogue catalogue;

  public FeedResource(Feeds feeds, Catalogue catalogue) {
    this.feeds = feeds;
    this.catalogue = catalogue;
  }

  @APIResponse(responseCode = "200", description = "Atom 1.0 or RSS 2.0 feed")
  @APIResponse(
      responseCode = "304",
      description = "not modified (If-None-Match, If-Modified-Since)")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @GET
  @Path("changes.{format: atom|rss}")
  @Operation(
      summary = "The changes as an Atom or RSS feed, newest first",
      description =
          "Filters: product (repeatable, slug or product number), type (repeatable), atc (code"
              + " prefix), holder (part of the name), source (page or export); limit 1-500.")
  public Response changes(
      @PathParam("format") String format, @Context UriInfo uri, @Context Request request) {
    FeedFormat feedFormat = format.equals("rss") ? FeedFormat.RSS : FeedFormat.ATOM;
    MultivaluedMap<String, String> query = query(uri, FILTERS);
    ChangeFilter filter = filter(query.getOrDefault("product", List.of()), query);
    Products.requireKnown(catalogue, filter);
    return answer(
        new FeedRequest(
            feedFormat,
            "/feeds/changes." + feedFormat.extension(),
            "EPAR Watch: changes",
            filter,
            limit(query),
            false),
        request);
  }

  @APIResponse(responseCode = "200", description = "Atom 1.0 feed")
  @APIResponse(
      responseCode = "304",
      description = "not modified (If-None-Match, If-Modified-Since)")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @GET
  @Path("products/{key: .+}.atom")
  @Operation(summary = "One product's changes as an Atom feed (slug or product number)")
  public Response product(
      @PathParam("key") String key, @Context UriInfo uri, @Context Request request) {
    MultivaluedMap<String, String> query = query(uri, PRODUCT_FILTERS);
    Product product = Products.find(catalogue, key);
    Set<String> keys = keysOf(product, key);
    String name = product.name() != null ? product.name() : keys.iterator().next();
    return answer(
        new FeedRequest(
            FeedFormat.ATOM,
            "/feeds/products/" + Links.segment(keys.iterator().next()) + ".atom",
            "EPAR Watch: " + name,
            filter(keys, query),
            limit(query),
            true),
        request);
  }

  private Response answer(FeedRequest feedRequest, Request request) {
    RenderedFeed feed = feeds.render(feedRequest);
    EntityTag etag = new EntityTag(feed.etag());
    Date lastModified = Date.from(feed.lastModified());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, etag);
    Response.ResponseBuilder answer =
        notModified != null
            ? notModified
            : Response.ok(feed.body()).header("Content-Type", feed.format().contentType());
    return answer.tag(etag).lastModified(lastModified).build();
  }

  private static MultivaluedMap<String, String> query(UriInfo uri, Set<String> filters) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    for (String name : query.keySet()) {
      if (!name.equals("limit") && !filters.contains(name)) {
        throw ApiError.badRequest(
            "Unknown query parameter \""
                + ChangeFilter.echoed(name)
                + "\"; a feed takes limit and "
                + String.join(", ", filters.stream().sorted().toList())
                + ".");
      }
    }
    return query;
  }

  private static ChangeFilter filter(
      Collection<String> products, MultivaluedMap<String, String> query) {
    try {
      return ChangeFilter.of(
          products,
          query.getOrDefault("type", List.of()),
          single(query, "atc"),
          single(query, "holder"),
          single(query, "source"));
    } catch (ChangeFilter.Invalid e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private static String single(MultivaluedMap<String, String> query, String name) {
    List<String> values = query.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw ApiError.badRequest("Give " + name + " at most once.");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  private static int limit(MultivaluedMap<String, String> query) {
    return QueryParams.wholeNumber(
        "limit", single(query, "limit"), FeedRequest.DEFAULT_LIMIT, 1, FeedRequest.MAX_LIMIT);
  }

  /** The keys the product's events may carry: its slug and its product number. */
  private static Set<String> keysOf(Product product, String asked) {
    Set<String> keys = new LinkedHashSet<>();
    product.medicine().map(m -> m.slug).ifPresent(keys::add);
    product.watch().map(w -> w.slug).ifPresent(keys::add);
    product.medicine().map(m -> m.productNumber).ifPresent(keys::add);
    product.watch().map(w -> w.productNumber).ifPresent(keys::add);
    keys.add(asked.strip());
    return keys;
  }
}
