package io.eparwatch.export;

/** What applying part of an export did: changes published and product versions stored. */
record Applied(int changes, int versions) {

  static final Applied NOTHING = new Applied(0, 0);

  Applied plus(Applied other) {
    return new Applied(changes + other.changes, versions + other.versions);
  }

  static Applied version(int changes) {
    return new Applied(changes, 1);
  }
}
