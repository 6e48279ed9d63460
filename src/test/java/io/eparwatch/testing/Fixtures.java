package io.eparwatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test pages from {@code src/test/resources}, and edits that turn one version into the next. */
public final class Fixtures {

  /** Where the golden Imlygic page lives on the real site. */
  public static final String IMLYGIC_URL =
      "https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic";

  private Fixtures() {}

  public static String read(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces text that must be present: an edit that silently does nothing would hide a bug. */
  public static String edit(String page, String from, String to) {
    if (!page.contains(from)) {
      throw new IllegalArgumentException("fixture edit does not apply, text not found: " + from);
    }
    return page.replace(from, to);
  }

  private static final String BLOCK_START = "      <div class=\"bcl-file";
  private static final String BLOCK_END = "\n      </div>\n";

  /**
   * The current-design block ({@code div.bcl-file}) of the document whose English link is {@code
   * href}.
   */
  public static String documentBlock(String page, String href) {
    int[] range = blockRange(page, href);
    return page.substring(range[0], range[1]);
  }

  public static String editDocumentBlock(String page, String href, String from, String to) {
    int[] range = blockRange(page, href);
    String block = edit(page.substring(range[0], range[1]), from, to);
    return page.substring(0, range[0]) + block + page.substring(range[1]);
  }

  public static String removeDocumentBlock(String page, String href) {
    int[] range = blockRange(page, href);
    return page.substring(0, range[0]) + page.substring(range[1]);
  }

  public static String insertBeforeDocumentBlock(String page, String href, String block) {
    int start = blockRange(page, href)[0];
    return page.substring(0, start) + block + page.substring(start);
  }

  /** Adds a language version to a document's "Other languages" list, next to its first entry. */
  public static String insertTranslation(
      String page, String englishHref, String href, String label) {
    int[] range = blockRange(page, englishHref);
    String block = page.substring(range[0], range[1]);
    int menu = block.indexOf("file-language-dropdown");
    int entry = block.indexOf("<div class=\"py-3", menu);
    if (menu < 0 || entry < 0) {
      throw new IllegalArgumentException("no language list in the block of " + englishHref);
    }
    String translation =
"""
            <div class="py-3 px-3 border-bottom">
              <p class="language-meta mb-1">%s <span class="fw-normal">(80.2 KB - PDF)</span></p>
              <small class="first-published d-block text-muted"><span class="label fw-bold">First published:</span>
                <time datetime="2025-11-20T12:00:00Z">20/11/2025</time></small>
              <a class="standalone" href="%s">View</a>
            </div>
"""
            .formatted(label, href);
    block = block.substring(0, entry) + translation + block.substring(entry);
    return page.substring(0, range[0]) + block + page.substring(range[1]);
  }

  /**
   * Blocks are written as {@code div.bcl-file} at six spaces of indentation, closed at the same
   * depth.
   */
  private static int[] blockRange(String page, String href) {
    int link = page.indexOf("href=\"" + href + "\"");
    if (link < 0) {
      throw new IllegalArgumentException("fixture has no link to " + href);
    }
    int start = page.lastIndexOf("\n" + BLOCK_START, link) + 1;
    int end = page.indexOf(BLOCK_END, link) + BLOCK_END.length();
    return new int[] {start, end};
  }
}
