package io.eparwatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic EPAR pages for the scale benchmark, made from the golden page {@code imlygic-current}
 * with each product's own name, slug, INN and product number (so document URLs differ too). A page
 * comes in four variants: as is or <em>changed</em> (a document date, a new translation and the
 * indication edited), each rendered plainly or <em>re-rendered</em> (new nonces, form tokens, cache
 * busters and dropdown ids, reordered scripts and attributes, other indentation: the same content).
 * JDK only, so the loopback server runs with nothing but the test classes on its class path.
 */
public final class SyntheticEparPages {

  private static final String GOLDEN = "/golden/imlygic-current.html";
  private static final String[] SYLLABLES = {
    "ba", "ce", "di", "fo", "gu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "xa", "ze",
    "lu", "mo", "ne", "pi"
  };
  private static final char MARK = '\u0001';

  private final List<List<String>> variants = new ArrayList<>();

  public SyntheticEparPages() {
    String golden = read();
    for (boolean changed : new boolean[] {false, true}) {
      for (boolean rerendered : new boolean[] {false, true}) {
        String html = changed ? changed(golden) : golden;
        variants.add(split(placeholders(rerendered ? rerendered(html) : html)));
      }
    }
  }

  /** The product's name: unique for {@code index < 8000}, letters only. */
  public static String name(int index) {
    String name =
        SYLLABLES[index % 20] + SYLLABLES[index / 20 % 20] + SYLLABLES[index / 400 % 20] + "mab";
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  public static String slug(int index) {
    return name(index).toLowerCase(Locale.ROOT);
  }

  public static String productNumber(int index) {
    return String.format(Locale.ROOT, "EMEA/H/C/%06d", 100_000 + index);
  }

  /** The page of product {@code index}, UTF-8. */
  public byte[] page(int index, boolean changed, boolean rerendered) {
    List<String> parts = variants.get((changed ? 2 : 0) + (rerendered ? 1 : 0));
    StringBuilder html = new StringBuilder(110_000);
    String name = name(index);
    for (String part : parts) {
      if (part.isEmpty() || part.charAt(0) != MARK) {
        html.append(part);
        continue;
      }
      switch (part.charAt(1)) {
        case 'N' -> html.append(name);
        case 'U' -> html.append(name.toUpperCase(Locale.ROOT));
        case 'S' -> html.append(slug(index));
        case 'P' -> html.append(productNumber(index));
        case 'I' -> html.append(name.toLowerCase(Locale.ROOT)).append("ogene laherparepvec");
        default -> throw new IllegalStateException("unknown placeholder " + part);
      }
    }
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A document date moved, a translation added, the indication narrowed. */
  static String changed(String html) {
    String dated =
        replaceFirst(
            html,
            "<time datetime=\"2025-10-06T12:00:00Z\">06/10/2025</time>",
            "<time datetime=\"2025-11-20T12:00:00Z\">20/11/2025</time>");
    String indicated =
        replaceFirst(
            dated,
            "with no bone, brain, lung or other visceral disease.",
            "with no bone, brain or lung disease, in adults and adolescents from 12 years.");
    return withIcelandicSummary(indicated);
  }

  private static String withIcelandicSummary(String html) {
    String bulgarian = "href=\"/bg/documents/overview/imlygic-epar-summary-public_bg.pdf\"";
    int link = require(html, html.indexOf(bulgarian), bulgarian);
    String open = "<div class=\"py-3 px-3 border-bottom\">";
    int start = require(html, html.lastIndexOf(open, link), open);
    int end = require(html, html.indexOf("</div>", link), "</div>") + "</div>".length();
    String icelandic =
        html.substring(start, end)
            .replace("/bg/", "/is/")
            .replace("_bg.pdf", "_is.pdf")
            .replace("lang=\"bg\"", "lang=\"is\"")
            .replace("български (BG)", "íslenska (IS)");
    return html.substring(0, start)
        + icelandic
        + "\n            "
        + html.substring(start).replaceFirst("Other languages \\(22\\)", "Other languages (23)");
  }

  /** Same content, different markup: what a CMS does between two requests. */
  static String rerendered(String html) {
    String tokens =
        html.replace("Qm9vdHN0cmFwTm9uY2U3Nw", "Tm9uY2UtcmVyZW5kZXJlZA")
            .replace(
                "form-Xn6hPqYb0k3cD1f9eVg2LwTzRm8sJuA4oHi5tNl7yQ",
                "form-Rr8kLmQ2wE5tY7uI9oP1aS3dF4gH6jK0zXcVbNm2q")
            .replace("sQ3mK9vXo1bL7tC2eR5wY8zA0nF4gH6jP", "pL0oK9iJ8uH7yG6tF5rD4eS3wA2qZ1xC")
            .replace("?t3ab9f", "?w81c0d")
            .replace("file-language-dropdown-3", "file-language-dropdown-7");
    String reordered =
        tokens.replaceAll(
            "<a class=\"standalone\" href=\"([^\"]*)\" hreflang=\"([^\"]*)\" target=\"_blank\">",
            "<a target=\"_blank\" hreflang=\"$2\" href=\"$1\" class=\"standalone\">");
    return swapFirstTwoScripts(reordered).replace("\n  ", "\n\t");
  }

  private static String swapFirstTwoScripts(String html) {
    String open = "<script nonce=";
    int first = require(html, html.indexOf(open), open);
    int firstEnd = html.indexOf("</script>", first) + "</script>".length();
    int second = require(html, html.indexOf(open, firstEnd), open);
    int secondEnd = html.indexOf("</script>", second) + "</script>".length();
    return html.substring(0, first)
        + html.substring(second, secondEnd)
        + html.substring(firstEnd, second)
        + html.substring(first, firstEnd)
        + html.substring(secondEnd);
  }

  private static String placeholders(String html) {
    return html.replace("EMEA/H/C/002771", MARK + "P" + MARK)
        .replace("talimogene laherparepvec", MARK + "I" + MARK)
        .replace("Imlygic", MARK + "N" + MARK)
        .replace("IMLYGIC", MARK + "U" + MARK)
        .replace("imlygic", MARK + "S" + MARK);
  }

  /** Literal text and placeholders (a mark, then the placeholder's letter) in order. */
  private static List<String> split(String html) {
    List<String> parts = new ArrayList<>();
    int at = 0;
    while (at < html.length()) {
      int mark = html.indexOf(MARK, at);
      if (mark < 0) {
        parts.add(html.substring(at));
        break;
      }
      parts.add(html.substring(at, mark));
      parts.add(html.substring(mark, mark + 2));
      at = mark + 3;
    }
    return parts;
  }

  private static String replaceFirst(String html, String target, String replacement) {
    int at = require(html, html.indexOf(target), target);
    return html.substring(0, at) + replacement + html.substring(at + target.length());
  }

  private static int require(String html, int index, String what) {
    if (index < 0) {
      throw new IllegalStateException("golden page no longer contains " + what);
    }
    return index;
  }

  private static String read() {
    try (InputStream in = SyntheticEparPages.class.getResourceAsStream(GOLDEN)) {
      if (in == null) {
        throw new IllegalStateException(GOLDEN + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
