package io.eparwatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.AtOnce;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two checks of one page asked for at once, through the API against a loopback EMA. */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class ConcurrentChecksIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @Test
  void twoChecksAtOnceBothAnswerAndStoreOneNewVersion() throws Exception {
    Database.reset(em);
    ema.resetAll();
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    String slug = Api.watch(ema.baseUrl() + Pages.PATH);
    Api.check(slug);
    StubPages.serve(ema, Pages.PATH, Pages.v2());

    List<String> outcomes =
        AtOnce.times(2, () -> Api.check(slug).extract().<String>path("outcome"));

    assertEquals(List.of("CHANGED", "UNCHANGED"), outcomes.stream().sorted().toList());
    given().get("/api/watches/" + slug + "/snapshots").then().statusCode(200).body("$", hasSize(2));
  }
}
