package io.eparwatch.api;

import static io.eparwatch.testing.Api.changes;
import static io.eparwatch.testing.Api.check;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.Api;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Fixtures;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A field that loses its value on the golden page (a renamed label, dates in a new format) is held
 * like a removal; many at once make the page SUSPECT.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class FieldHoldIT {

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;
  String slug;

  @BeforeEach
  void baseline() {
    Database.reset(em);
    ema.resetAll();
    slug = Api.watch(ema.baseUrl() + Pages.PATH);
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug).body("outcome", equalTo("BASELINE"));
  }

  @Test
  void aRenamedLabelIsHeldThenConfirmedWhenTheNextCheckAgrees() {
    StubPages.serve(ema, Pages.PATH, versionLabel(Pages.v1()));
    check(slug).body("outcome", equalTo("CHANGED")).body("changes", empty());
    changes("").body("", empty());
    check(slug)
        .body("outcome", equalTo("UNCHANGED"))
        .body("changes", hasSize(1))
        .body("changes[0].type", equalTo("FIELD_CHANGED"))
        .body("changes[0].field", equalTo("revision"))
        .body("changes[0].before", equalTo("16"))
        .body("changes[0].after", nullValue());
    check(slug).body("changes", empty());
    changes("").body("", hasSize(1));
  }

  @Test
  void aLabelThatComesBackIsNoChangeEver() {
    StubPages.serve(ema, Pages.PATH, versionLabel(Pages.v1()));
    check(slug).body("changes", empty());
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    check(slug).body("outcome", equalTo("CHANGED")).body("changes", empty());
    check(slug).body("changes", empty());
    changes("").body("", empty());
  }

  @Test
  void aValueBackDifferentIsOneChangeFromTheHeldValue() {
    StubPages.serve(ema, Pages.PATH, versionLabel(Pages.v1()));
    check(slug).body("changes", empty());
    StubPages.serve(ema, Pages.PATH, revision(Pages.v1(), "17"));
    check(slug)
        .body("changes", hasSize(1))
        .body("changes[0].field", equalTo("revision"))
        .body("changes[0].before", equalTo("16"))
        .body("changes[0].after", equalTo("17"));
  }

  @Test
  void datesInANewFormatMakeNoEvents() {
    StubPages.serve(ema, Pages.PATH, dottedDates(Pages.v1()));
    check(slug).body("changes", empty());
    check(slug).body("changes", empty());
    changes("").body("", empty());
  }

  @Test
  void manyFieldsVanishingAtOnceMakeThePageSuspect() {
    String page = versionLabel(Pages.v1());
    for (String label :
        new String[] {
          "Active substance",
          "Therapeutic area (MeSH)",
          "Anatomical therapeutic chemical (ATC) code",
          "Marketing authorisation holder",
          "Opinion adopted",
          "Marketing authorisation issued"
        }) {
      page = Fixtures.edit(page, "<div>" + label + "</div></dt>", "<div>Renamed</div></dt>");
    }
    page = dottedDates(page);
    StubPages.serve(ema, Pages.PATH, page);
    check(slug)
        .body("outcome", equalTo("SUSPECT"))
        .body("changes", empty())
        .body("message", containsString("field values at once"));
    changes("").body("", empty());
  }

  /** EMA renames the "Revision" label to "Version". */
  static String versionLabel(String page) {
    return Fixtures.edit(page, "<div>Revision</div></dt>", "<div>Version</div></dt>");
  }

  private static String revision(String page, String value) {
    String marked =
        Fixtures.edit(page, "<div>Revision</div></dt>", "<div>Revision</div></dt><!--r-->");
    return marked.replaceFirst("(<!--r-->\\s*<dd[^>]*>\\s*<div>)16(</div>)", "$1" + value + "$2");
  }

  /** Every date as {@code dd.mm.yyyy} text, without the machine-readable attribute. */
  static String dottedDates(String page) {
    return page.replaceAll("<time datetime=\"[^\"]*\">([^<]*)</time>", "$1")
        .replaceAll("(\\d{2})/(\\d{2})/(\\d{4})", "$1.$2.$3");
  }
}
