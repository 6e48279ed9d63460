package io.eparwatch.feed;

import io.eparwatch.change.ChangeFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One feed as asked for, normalised: the same feed asked in two spellings is one cache entry with
 * one self link.
 *
 * @param path the feed's path without query, e.g. {@code /feeds/changes.atom}
 * @param title the feed's title
 * @param filter which events
 * @param fixedProducts products implied by the path (a product's feed), left out of the query
 */
public record FeedRequest(
    FeedFormat format,
    String path,
    String title,
    ChangeFilter filter,
    int limit,
    boolean fixedProducts) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 500;

  /** The path with its normalised query: what the self link and the feed id are made of. */
  public String pathAndQuery() {
    List<String> query = new ArrayList<>();
    if (!fixedProducts) {
      new TreeSet<>(filter.products()).forEach(p -> query.add(param("product", p)));
    }
    filter.types().stream().map(Enum::name).sorted().forEach(t -> query.add(param("type", t)));
    if (filter.atc() != null) {
      query.add(param("atc", filter.atc()));
    }
    if (filter.holder() != null) {
      query.add(param("holder", filter.holder()));
    }
    if (filter.source() != null) {
      query.add(param("source", filter.source().label()));
    }
    if (limit != DEFAULT_LIMIT) {
      query.add(param("limit", Integer.toString(limit)));
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  private static String param(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
