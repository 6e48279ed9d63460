package io.eparwatch.feed;

/**
 * A stored word diff ({@code adults with [-old-]{+new+} melanoma}, see {@code change.WordDiff}) as
 * HTML: deletions in {@code <del>}, insertions in {@code <ins>}, all text escaped. A marker without
 * its end is shown as text.
 */
final class WordDiffHtml {

  private WordDiffHtml() {}

  static void render(String diff, Html html) {
    int at = 0;
    while (at < diff.length()) {
      int deleted = diff.indexOf("[-", at);
      int inserted = diff.indexOf("{+", at);
      int next = first(deleted, inserted);
      if (next < 0) {
        html.text(diff.substring(at));
        return;
      }
      boolean isDeletion = next == deleted;
      int end = diff.indexOf(isDeletion ? "-]" : "+}", next + 2);
      if (end < 0) {
        html.text(diff.substring(at));
        return;
      }
      html.text(diff.substring(at, next));
      html.element(isDeletion ? "del" : "ins", diff.substring(next + 2, end));
      at = end + 2;
    }
  }

  private static int first(int a, int b) {
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }
}
