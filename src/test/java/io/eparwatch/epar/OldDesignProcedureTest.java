package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.eparwatch.change.Change;
import io.eparwatch.change.EparDiffer;
import io.eparwatch.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 2018–2023 design heads "Product information" with "dd/mm/yyyy Name - EMEA/H/C/nnnnnn -
 * procedure": that line is the page's latest procedure, whatever element carries it, so a new
 * procedure is a {@code FIELD_CHANGED latestProcedure} as on the current design.
 */
class OldDesignProcedureTest {

  private static final String HEADING =
      "<h4 class=\"ecl-heading ecl-heading--h4 ema-procedure\">03/12/2019 Imlygic - EMEA/H/C/002771"
          + " - II/0023</h4>";

  private final EparPageParser parser = new EparPageParser();

  @ParameterizedTest
  @ValueSource(
      strings = {
        HEADING,
        "<p class=\"ema-procedure\">03/12/2019 Imlygic - EMEA/H/C/002771 - II/0023</p>",
        "<div><span>03/12/2019</span> <span>Imlygic - EMEA/H/C/002771 - II/0023</span></div>",
        "<h5>03/12/2019 Imlygic – EMEA/H/C/002771 – II/0023</h5>",
      })
  void theProcedureLineGivesTheLatestProcedure(String line) {
    EparPage page = parse(Fixtures.edit(oldDesign(), HEADING, line));

    assertEquals(new LatestProcedure("II/0023", LocalDate.of(2019, 12, 3)), page.latestProcedure());
  }

  @ParameterizedTest
  @ValueSource(strings = {"<h4>", "<p>"})
  void aNewProcedureIsAFieldChange(String tag) {
    String close = tag.replace("<", "</");
    String before =
        Fixtures.edit(
            oldDesign(), HEADING, tag + "03/12/2019 Imlygic - EMEA/H/C/002771 - II/0023" + close);
    String after =
        Fixtures.edit(
            oldDesign(), HEADING, tag + "14/02/2020 Imlygic - EMEA/H/C/002771 - IB/0027/G" + close);

    List<Change> changes = new EparDiffer().diff(parse(before), parse(after));

    assertEquals(
        List.of(
            Change.fieldChanged(
                "latestProcedure", "II/0023 (2019-12-03)", "IB/0027/G (2020-02-14)", null)),
        changes);
  }

  private static String oldDesign() {
    return Fixtures.read("golden/imlygic-2019-old-design.html");
  }

  private EparPage parse(String html) {
    ParseResult result = parser.parse(html, Fixtures.IMLYGIC_URL);
    return assertInstanceOf(ParseResult.Parsed.class, result, result::toString).page();
  }
}
