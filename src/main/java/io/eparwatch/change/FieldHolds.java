package io.eparwatch.change;

import io.eparwatch.epar.EmaText;
import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.VersionKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A field that had a value and now has none is far more often a renamed label, a date in a new
 * format or an odd record than a value EMA withdrew, so it is held like a removal: nothing now,
 * {@code X→null} only when the next observation still lacks it, nothing if it comes back, and a
 * normal change from the held value if it comes back different.
 */
final class FieldHolds {

  private FieldHolds() {}

  /** Whether {@code change} takes a page or document field from a value to none. */
  static boolean isLoss(Change change) {
    return switch (change.type()) {
      case FIELD_CHANGED -> PageField.lost(change.field(), change.before(), change.after());
      case DOCUMENT_UPDATED -> change.before() != null && change.after() == null;
      default -> false;
    };
  }

  /** A new hold for {@code loss}, made in {@code scope}. */
  static PendingRemoval hold(VersionKey scope, Change loss, Instant now) {
    PendingRemoval pending = new PendingRemoval();
    pending.watchId = scope.watchId();
    pending.productNumber = scope.productNumber();
    pending.type = loss.type();
    pending.documentKey = loss.documentKey();
    pending.field = loss.field();
    pending.heldValue = loss.before();
    pending.createdAt = now;
    return pending;
  }

  /**
   * Settles {@code pending} against {@code current}: the differ's change of the same field (from
   * the stored empty value) is taken out of {@code candidates}, and the change from the held value
   * goes to {@code settled}, unless the value is back as it was. Returns false, changing nothing,
   * while the held field's document is missing: its return settles the hold, its confirmed removal
   * drops it.
   */
  static boolean settle(
      PendingRemoval pending,
      EparPage current,
      Map<String, EparDocument> currentDocs,
      List<Change> candidates,
      List<Change> settled) {
    if (pending.holdsPageField()) {
      return PageField.named(pending.field)
          .map(
              field -> {
                candidates.removeIf(c -> sameField(c, pending));
                String now = field.displayOf(current);
                if (!EmaText.sameIgnoringWhitespace(pending.heldValue, now)) {
                  settled.add(field.change(pending.heldValue, now));
                }
                return true;
              })
          .orElse(true);
    }
    EparDocument document = currentDocs.get(pending.documentKey);
    if (document == null) {
      return false;
    }
    candidates.removeIf(c -> sameField(c, pending));
    String now = DocumentDiffer.displayOf(document, pending.field);
    if (!EmaText.sameIgnoringWhitespace(pending.heldValue, now)) {
      settled.add(Change.documentUpdated(document, pending.field, pending.heldValue, now));
    }
    return true;
  }

  private static boolean sameField(Change change, PendingRemoval pending) {
    return change.type() == pending.type
        && pending.field.equals(change.field())
        && (pending.documentKey == null || pending.documentKey.equals(change.documentKey()));
  }
}
