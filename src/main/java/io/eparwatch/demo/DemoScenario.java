package io.eparwatch.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of the demo ({@code demo/scenario.json}): per page a base body and the edits made to it
 * over time. Version {@code n} is the base with the first {@code n} steps applied, so every version
 * is the one before it plus one realistic revision; after the last version the cycle starts over,
 * so the demo keeps changing for as long as it runs. The bodies were built by hand from seed text
 * in the markup of EMA's current design; they are not pages recorded from EMA. A page with {@code
 * derive} is another product made from a base the same way (its name, product number, substance and
 * holder put in, all of them as the demo exports give them); one with {@code watched: false} is
 * served but not watched, for a newcomer to add.
 */
public final class DemoScenario {

  /**
   * One revision: literal text replacements, applied in order; or, with {@code page}, a different
   * body served for that version only (an outage page), after which the edits carry on.
   */
  public record Step(String note, List<Edit> edits, String page) {}

  public record Edit(String replace, String with) {}

  record PageScript(
      String slug,
      String path,
      String base,
      List<Edit> derive,
      Boolean watched,
      List<Step> steps) {}

  record Script(List<PageScript> pages) {}

  private final Map<String, List<String>> versionsByPath = new LinkedHashMap<>();
  private final List<String> paths = new ArrayList<>();
  private final List<String> watchedPaths = new ArrayList<>();

  private DemoScenario() {}

  public static DemoScenario load() {
    DemoScenario scenario = new DemoScenario();
    Script script = readJson("demo/scenario.json");
    for (PageScript page : script.pages()) {
      scenario.paths.add(page.path());
      if (!Boolean.FALSE.equals(page.watched())) {
        scenario.watchedPaths.add(page.path());
      }
      String base = readText("demo/" + page.base());
      for (Edit edit : page.derive() == null ? List.<Edit>of() : page.derive()) {
        base = base.replace(edit.replace(), edit.with());
      }
      scenario.versionsByPath.put(page.path(), versionsOf(base, page));
    }
    return scenario;
  }

  /** Paths of the demo's EPAR pages, e.g. {@code /en/medicines/human/EPAR/imlygic}. */
  public List<String> paths() {
    return List.copyOf(paths);
  }

  /** The pages the demo watches from the start; the others wait for a newcomer to add them. */
  public List<String> watchedPaths() {
    return List.copyOf(watchedPaths);
  }

  /** The body served for {@code path} at step {@code index}: the versions play in a cycle. */
  public String page(String path, int index) {
    List<String> versions = versionsByPath.get(path);
    return versions == null ? null : versions.get(Math.floorMod(index, versions.size()));
  }

  private static List<String> versionsOf(String base, PageScript page) {
    List<String> versions = new ArrayList<>(List.of(base));
    String current = base;
    for (Step step : page.steps()) {
      if (step.page() != null) {
        versions.add(readText("demo/" + step.page()));
        continue;
      }
      for (Edit edit : step.edits()) {
        if (!current.contains(edit.replace())) {
          throw new IllegalStateException(
              "demo step '"
                  + step.note()
                  + "' of "
                  + page.slug()
                  + " does not apply: "
                  + edit.replace());
        }
        current = current.replace(edit.replace(), edit.with());
      }
      versions.add(current);
    }
    return versions;
  }

  private static Script readJson(String resource) {
    try {
      return new ObjectMapper().readValue(readText(resource), Script.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A resource of the demo, as text. */
  static String readText(String resource) {
    try (InputStream in = DemoScenario.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing demo resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
