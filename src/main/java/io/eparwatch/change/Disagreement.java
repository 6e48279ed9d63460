package io.eparwatch.change;

import io.eparwatch.epar.EmaText;
import io.eparwatch.epar.EparPage;
import java.util.ArrayList;
import java.util.List;

/** A field that the EPAR page and the exports state differently today, as display strings. */
public record Disagreement(String field, String page, String export) {

  /**
   * The fields both sources state and state differently. Whitespace does not count, nor a
   * procedure's date, which only the page gives; documents are not compared.
   */
  public static List<Disagreement> between(EparPage page, EparPage export) {
    List<Disagreement> found = new ArrayList<>();
    for (PageField field : PageField.values()) {
      String onPage = field.displayOf(page);
      String inExport = field.displayOf(export);
      if (onPage == null || inExport == null) {
        continue;
      }
      String name = field.fieldName();
      if (!EmaText.sameIgnoringWhitespace(
          ChangeLog.comparable(name, onPage), ChangeLog.comparable(name, inExport))) {
        found.add(new Disagreement(name, onPage, inExport));
      }
    }
    return found;
  }
}
