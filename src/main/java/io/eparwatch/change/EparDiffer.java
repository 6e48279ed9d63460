package io.eparwatch.change;

import io.eparwatch.epar.EmaText;
import io.eparwatch.epar.EparPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The typed changes between two parsed versions of an EPAR page: page fields first (in {@link
 * PageField} order), then document events in the new page's order, then removals in the old page's
 * order. Pure and stateless.
 */
public final class EparDiffer {

  private final DocumentDiffer documentDiffer = new DocumentDiffer();

  public EparDiffer() {}

  public List<Change> diff(EparPage before, EparPage after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Change> changes = new ArrayList<>(fieldChanges(before, after));
    changes.addAll(documentDiffer.diff(before.documents(), after.documents()));
    return List.copyOf(changes);
  }

  /**
   * How many values {@link #diff} would report as lost ({@link FieldHolds#isLoss}), without
   * rendering any change: the guards ask this of every changed page.
   */
  long losses(EparPage before, EparPage after) {
    long lost = 0;
    for (PageField field : PageField.values()) {
      if (field.sameValue(before, after)) {
        continue;
      }
      String oldValue = field.displayOf(before);
      if (oldValue != null) {
        String newValue = field.displayOf(after);
        if (!EmaText.sameIgnoringWhitespace(oldValue, newValue)
            && PageField.lost(field.fieldName(), oldValue, newValue)) {
          lost++;
        }
      }
    }
    return lost + documentDiffer.losses(before.documents(), after.documents());
  }

  private static List<Change> fieldChanges(EparPage before, EparPage after) {
    List<Change> changes = new ArrayList<>();
    for (PageField field : PageField.values()) {
      if (field.sameValue(before, after)) {
        continue;
      }
      String oldValue = field.displayOf(before);
      String newValue = field.displayOf(after);
      if (!EmaText.sameIgnoringWhitespace(oldValue, newValue)) {
        changes.add(field.change(oldValue, newValue));
      }
    }
    return changes;
  }
}
