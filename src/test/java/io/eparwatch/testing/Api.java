package io.eparwatch.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The REST calls the end-to-end tests make, named after what they do. */
public final class Api {

  private Api() {}

  public static ValidatableResponse addWatch(String url) {
    return given()
        .contentType(ContentType.JSON)
        .body("{\"url\": \"" + url + "\"}")
        .post("/api/watches")
        .then();
  }

  /** Adds a watch that must be accepted and returns its slug. */
  public static String watch(String url) {
    return addWatch(url).statusCode(201).extract().path("slug");
  }

  /** Adds the same watch from {@code requests} threads at once: how many got which status. */
  public static Map<Integer, Long> addConcurrently(String url, int requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    List<Callable<Integer>> adds = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      adds.add(() -> addWatch(url).extract().statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> status : pool.invokeAll(adds)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdownNow();
    }
    return statuses.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  public static ValidatableResponse check(String slug) {
    return given().post("/api/watches/" + slug + "/check").then().statusCode(200);
  }

  public static ValidatableResponse changes(String query) {
    return given().get("/api/changes" + (query.isEmpty() ? "" : "?" + query)).then();
  }
}
