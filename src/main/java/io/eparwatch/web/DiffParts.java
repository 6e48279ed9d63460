package io.eparwatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored word diff ({@code same [-old-]{+new+} same}) split into the two sides of the change
 * page: the old side shows deletions, the new side insertions. Text stays text; the template
 * escapes it.
 */
final class DiffParts {

  /** A run of text; {@code marked}: deleted (old side) or inserted (new side). */
  public record Part(String text, boolean marked) {}

  /** The two sides of a diff. */
  public record Sides(List<Part> before, List<Part> after) {}

  private static final Pattern MARK =
      Pattern.compile("\\[-(.*?)-]|\\{\\+(.*?)\\+}", Pattern.DOTALL);

  private DiffParts() {}

  static Sides of(String diff) {
    List<Part> before = new ArrayList<>();
    List<Part> after = new ArrayList<>();
    if (diff == null) {
      return new Sides(before, after);
    }
    Matcher m = MARK.matcher(diff);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        String same = diff.substring(last, m.start());
        before.add(new Part(same, false));
        after.add(new Part(same, false));
      }
      if (m.group(1) != null) {
        before.add(new Part(m.group(1), true));
      } else {
        after.add(new Part(m.group(2), true));
      }
      last = m.end();
    }
    if (last < diff.length()) {
      String same = diff.substring(last);
      before.add(new Part(same, false));
      after.add(new Part(same, false));
    }
    return new Sides(before, after);
  }
}
