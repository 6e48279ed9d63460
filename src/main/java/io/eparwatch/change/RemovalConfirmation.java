package io.eparwatch.change;

import io.eparwatch.epar.EparDocument;
import io.eparwatch.epar.EparJson;
import io.eparwatch.epar.EparPage;
import io.eparwatch.snapshot.VersionKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes a removal, or a field's loss of its value, only when two consecutive good checks agree.
 * Removals and losses found by the differ are held back as {@link PendingRemoval}s; on the next
 * good check of the same part (fields, documents) each one is either confirmed (still missing) or
 * dropped (back again, in which case only real updates of the returning document or value count).
 */
@ApplicationScoped
public class RemovalConfirmation {

  private final EparDiffer differ = new EparDiffer();

  /**
   * Turns the differ's candidates ({@code previous} → {@code current}) into the changes to publish
   * now. Call on every good check; an unchanged page passes no candidates and itself as both pages.
   * {@code observed} says which holds this observation can settle: an export of the medicines sees
   * the fields again, one of the documents only the documents.
   */
  @Transactional(TxType.MANDATORY)
  List<Change> reconcile(
      VersionKey scope,
      List<Change> candidates,
      EparPage previous,
      EparPage current,
      Instant now,
      Part observed) {
    Map<String, EparDocument> currentDocs = byKey(current);
    List<Change> publish = new ArrayList<>(candidates);
    List<Change> confirmed = new ArrayList<>();
    List<PendingRemoval> fieldHolds = new ArrayList<>();
    for (PendingRemoval pending : PendingRemoval.of(scope)) {
      if (!observed.sees(pending)) {
        continue;
      }
      if (pending.field != null) {
        fieldHolds.add(pending);
        continue;
      }
      EparDocument held = EparJson.read(pending.documentJson, EparDocument.class);
      Optional<EparDocument> back = Optional.ofNullable(currentDocs.get(pending.documentKey));
      if (pending.type == ChangeType.DOCUMENT_REMOVED && back.isPresent()) {
        publish.removeIf(c -> isAddition(c, ChangeType.DOCUMENT_ADDED, pending.documentKey, null));
        publish.addAll(documentUpdates(held, back.get()));
      } else if (pending.type == ChangeType.TRANSLATION_REMOVED
          && back.map(d -> d.languages().contains(pending.language)).orElse(false)) {
        publish.removeIf(
            c ->
                isAddition(c, ChangeType.TRANSLATION_ADDED, pending.documentKey, pending.language));
      } else {
        confirmed.add(removal(pending.type, held, pending.language));
      }
      pending.delete();
    }
    for (PendingRemoval pending : fieldHolds) {
      if (FieldHolds.settle(pending, current, currentDocs, publish, confirmed)
          || removedFor(confirmed, pending.documentKey)) {
        pending.delete();
      }
    }
    holdBack(scope, publish, byKey(previous), now);
    confirmed.addAll(publish);
    return confirmed;
  }

  /** What an observation saw again, so which holds it can settle. */
  enum Part {
    ALL,
    FIELDS,
    DOCUMENTS;

    boolean sees(PendingRemoval pending) {
      return this == ALL || (this == FIELDS) == pending.holdsPageField();
    }
  }

  private static boolean removedFor(List<Change> confirmed, String documentKey) {
    return confirmed.stream()
        .anyMatch(
            c -> c.type() == ChangeType.DOCUMENT_REMOVED && c.documentKey().equals(documentKey));
  }

  private void holdBack(
      VersionKey scope, List<Change> publish, Map<String, EparDocument> previousDocs, Instant now) {
    publish.removeIf(
        change -> {
          if (FieldHolds.isLoss(change)) {
            FieldHolds.hold(scope, change, now).persist();
            return true;
          }
          if (change.type() != ChangeType.DOCUMENT_REMOVED
              && change.type() != ChangeType.TRANSLATION_REMOVED) {
            return false;
          }
          PendingRemoval pending = new PendingRemoval();
          pending.watchId = scope.watchId();
          pending.productNumber = scope.productNumber();
          pending.type = change.type();
          pending.documentKey = change.documentKey();
          pending.language = change.language();
          pending.documentJson = EparJson.write(previousDocs.get(change.documentKey()));
          pending.createdAt = now;
          pending.persist();
          return true;
        });
  }

  private List<Change> documentUpdates(EparDocument before, EparDocument after) {
    return differ.diff(pageWith(before), pageWith(after));
  }

  private static boolean isAddition(Change c, ChangeType type, String key, String language) {
    return c.type() == type
        && key.equals(c.documentKey())
        && (language == null || language.equals(c.language()));
  }

  private static Change removal(ChangeType type, EparDocument doc, String language) {
    return type == ChangeType.DOCUMENT_REMOVED
        ? Change.documentRemoved(doc)
        : Change.translationRemoved(doc, language);
  }

  private static Map<String, EparDocument> byKey(EparPage page) {
    return page.documents().stream()
        .collect(Collectors.toMap(EparDocument::key, Function.identity(), (a, b) -> a));
  }

  private static EparPage pageWith(EparDocument doc) {
    return EparPage.builder().documents(List.of(doc)).build();
  }
}
