package io.eparwatch.change;

/** A run of a word diff: unchanged text, or text deleted from the old and inserted in the new. */
record Segment(String deleted, String inserted, boolean isEqual) {

  private static final String SPACE = " ";

  Segment(String deleted, String inserted) {
    this(deleted, inserted, false);
  }

  static Segment equal(String text) {
    return new Segment(text, text, true);
  }

  Segment append(Segment other) {
    return new Segment(deleted + other.deleted, inserted + other.inserted);
  }

  /**
   * A change where only one side starts or ends with a space cannot show its spaces outside the
   * markers.
   */
  boolean hasRaggedEdges() {
    return !isEqual
        && !deleted.isEmpty()
        && !inserted.isEmpty()
        && (deleted.startsWith(SPACE) != inserted.startsWith(SPACE)
            || deleted.endsWith(SPACE) != inserted.endsWith(SPACE));
  }

  void renderTo(StringBuilder out) {
    if (isEqual) {
      out.append(deleted);
      return;
    }
    // Spaces at the edges of a change are shown outside the markers, as git does.
    boolean spaceBefore = bothSidesAllow(deleted.startsWith(SPACE), inserted.startsWith(SPACE));
    boolean spaceAfter = bothSidesAllow(deleted.endsWith(SPACE), inserted.endsWith(SPACE));
    String oldCore = trim(deleted, spaceBefore, spaceAfter);
    String newCore = trim(inserted, spaceBefore, spaceAfter);
    if (oldCore.isEmpty() && newCore.isEmpty()) {
      out.append(SPACE);
      return;
    }
    out.append(spaceBefore ? SPACE : "");
    out.append(oldCore.isEmpty() ? "" : "[-" + oldCore + "-]");
    out.append(newCore.isEmpty() ? "" : "{+" + newCore + "+}");
    out.append(spaceAfter ? SPACE : "");
  }

  private boolean bothSidesAllow(boolean oldHasSpace, boolean newHasSpace) {
    return (deleted.isEmpty() || oldHasSpace) && (inserted.isEmpty() || newHasSpace);
  }

  private static String trim(String text, boolean front, boolean back) {
    int start = front && text.startsWith(SPACE) ? 1 : 0;
    int end = back && text.endsWith(SPACE) ? text.length() - 1 : text.length();
    return start >= end ? "" : text.substring(start, end);
  }
}
