package io.eparwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package directions of the README and of each {@code package-info.java}, checked over the
 * compiled classes: a class may refer only to its own package and to those listed for it here.
 */
class ArchitectureTest {

  static final Path CLASSES = Path.of("target/classes/io/eparwatch");
  static final Path SOURCES = Path.of("src/main/java/io/eparwatch");

  static final List<String> BELOW_API =
      List.of(
          "catalogue",
          "change",
          "snapshot",
          "epar",
          "source",
          "config",
          "watch",
          "export",
          "security",
          "ops",
          "feed",
          "alert");

  /** Lower layers first; keep in step with the package-info files and the README. */
  static final Map<String, Set<String>> MAY_IMPORT =
      Map.ofEntries(
          Map.entry("config", Set.of()),
          Map.entry("source", Set.of("ops", "config")),
          Map.entry("epar", Set.of("config")),
          Map.entry("snapshot", Set.of("epar", "config")),
          Map.entry("change", Set.of("snapshot", "epar", "config")),
          Map.entry("catalogue", Set.of("change", "snapshot", "epar", "config")),
          Map.entry(
              "watch",
              Set.of("catalogue", "change", "snapshot", "epar", "source", "ops", "config")),
          Map.entry(
              "export",
              Set.of("catalogue", "change", "snapshot", "epar", "source", "ops", "config")),
          Map.entry("security", Set.of("config")),
          Map.entry("ops", Set.of("config")),
          Map.entry("feed", Set.of("catalogue", "change", "snapshot", "epar", "ops", "config")),
          Map.entry(
              "alert",
              Set.of("catalogue", "change", "snapshot", "epar", "ops", "security", "config")),
          Map.entry("api", Set.copyOf(BELOW_API)),
          Map.entry("web", webMayImport()),
          Map.entry("demo", Set.copyOf(BELOW_API)));

  /** The dashboard sits beside the API and may use it. */
  private static Set<String> webMayImport() {
    Set<String> allowed = new TreeSet<>(BELOW_API);
    allowed.add("api");
    return Set.copyOf(allowed);
  }

  /** Class names in the constant pool, e.g. {@code io/eparwatch/export/Medicine}. */
  private static final Pattern REFERENCE = Pattern.compile("io/eparwatch/([a-z]+)/");

  @Test
  void everyPackageIsDocumentedAndHasItsDirection() throws IOException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      dirs.filter(Files::isDirectory).forEach(dir -> packages.add(dir.getFileName().toString()));
    }
    assertEquals(new TreeSet<>(MAY_IMPORT.keySet()), packages, "packages and their directions");
    for (String name : packages) {
      assertTrue(
          Files.exists(SOURCES.resolve(name).resolve("package-info.java")),
          name + " opens with a package-info.java saying what it owns and may import");
    }
  }

  @Test
  void noPackageImportsAgainstTheDocumentedDirection() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String from = CLASSES.relativize(file).getName(0).toString();
        for (String to : referencedPackages(file)) {
          if (!to.equals(from) && !MAY_IMPORT.getOrDefault(from, Set.of()).contains(to)) {
            violations.add(CLASSES.relativize(file) + " uses " + to);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theCheckSeesReferences() {
    assertEquals(
        Set.of("export"),
        packagesIn("Lio/eparwatch/export/Medicine;".getBytes(StandardCharsets.ISO_8859_1)));
  }

  private static Set<String> referencedPackages(Path classFile) {
    try {
      return packagesIn(Files.readAllBytes(classFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> packagesIn(byte[] classBytes) {
    Set<String> found = new TreeSet<>();
    Matcher m = REFERENCE.matcher(new String(classBytes, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
