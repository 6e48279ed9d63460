package io.eparwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eparwatch.change.Change;
import io.eparwatch.change.ChangeType;
import io.eparwatch.change.EparDiffer;
import io.eparwatch.epar.EparJson;
import io.eparwatch.epar.EparPage;
import java.util.List;

/**
 * A stored earlier version of a page, as the JSON model the store keeps, that differs from the page
 * where the differ looks: a document's last-updated date, one translation fewer and a word fewer in
 * the indication. Edited as JSON, so it does not depend on how {@link EparPage} is built.
 */
final class EarlierVersion {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EarlierVersion() {}

  /** The earlier version's JSON; fails unless the diff to {@code page} has all three changes. */
  static String of(EparPage page) {
    try {
      ObjectNode model = (ObjectNode) JSON.readTree(EparJson.write(page));
      ObjectNode dated = firstDocument(model, "lastUpdated");
      dated.put("lastUpdated", "2020-01-02");
      ArrayNode languages = (ArrayNode) firstTranslated(model).get("languages");
      languages.remove(languages.size() - 1);
      String[] words = model.get("indication").asText().split(" ");
      words[words.length / 2] = "";
      model.put("indication", String.join(" ", words).replace("  ", " "));
      String json = JSON.writeValueAsString(model);
      requireRealChange(EparJson.read(json), page);
      return json;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the model is not JSON", e);
    }
  }

  private static void requireRealChange(EparPage earlier, EparPage page) {
    List<Change> changes = new EparDiffer().diff(earlier, page);
    boolean dated = changes.stream().anyMatch(c -> c.type() == ChangeType.DOCUMENT_UPDATED);
    boolean translated = changes.stream().anyMatch(c -> c.type() == ChangeType.TRANSLATION_ADDED);
    boolean worded =
        changes.stream().anyMatch(c -> c.type() == ChangeType.FIELD_CHANGED && c.diff() != null);
    if (!dated || !translated || !worded) {
      throw new IllegalStateException("the edit is not seen as a change: " + changes);
    }
  }

  private static ObjectNode firstDocument(ObjectNode model, String withField) {
    for (JsonNode document : model.get("documents")) {
      if (document.hasNonNull(withField)) {
        return (ObjectNode) document;
      }
    }
    throw new IllegalStateException("no document has " + withField);
  }

  private static ObjectNode firstTranslated(ObjectNode model) {
    for (JsonNode document : model.get("documents")) {
      if (document.get("languages").size() > 1) {
        return (ObjectNode) document;
      }
    }
    throw new IllegalStateException("no document has translations");
  }
}
