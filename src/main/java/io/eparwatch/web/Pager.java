package io.eparwatch.web;

/** Page numbers as people count them (from 1); {@code previous}/{@code next} null at the ends. */
public record Pager(int number, int pages, Integer previous, Integer next) {

  static Pager of(int zeroBasedPage, long total, int size) {
    int pages = (int) Math.max(1, (total + size - 1) / size);
    int number = zeroBasedPage + 1;
    return new Pager(
        number, pages, number > 1 ? number - 1 : null, number < pages ? number + 1 : null);
  }
}
