package io.eparwatch.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/** Values shaped like EMA's, quirks included, drawn from one seeded {@link Random}. */
final class SyntheticText {

  private static final String[] SYLLABLES = {
    "ta", "ri", "mo", "ve", "lu", "xa", "ne", "por", "ki", "dra", "sel", "bo", "fen", "qui", "zar",
    "tel", "no", "ga", "vim", "ro", "des", "ly"
  };
  private static final String[] WORDS = {
    "treatment",
    "of",
    "adult",
    "patients",
    "with",
    "moderate",
    "to",
    "severe",
    "disease",
    "who",
    "have",
    "received",
    "at",
    "least",
    "one",
    "prior",
    "therapy",
    "in",
    "combination",
    "and",
    "the",
    "indicated",
    "for",
    "chronic",
    "infection",
    "children",
    "aged",
    "years",
    "above",
    "insufficiently",
    "controlled",
    "as",
    "an",
    "adjunct",
    "diet",
    "exercise",
    "monotherapy",
    "relapsed",
    "refractory",
    "haemophilia",
    "prophylaxis",
    "bleeding",
    "episodes"
  };
  private static final String[] QUIRKS = {
    "&nbsp;", "&lt; 30 kg/m2", "patient&#039;s", "&amp;", "&gt; 100,000 copies/ml"
  };
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private final Random random;

  SyntheticText(long seed) {
    random = new Random(seed);
  }

  /** Depends on the product only, so that documents name the medicine they belong to. */
  static String medicineName(int product) {
    StringBuilder name = new StringBuilder();
    for (int rest = product, i = 0; i < 3; i++, rest /= SYLLABLES.length) {
      name.append(SYLLABLES[rest % SYLLABLES.length]);
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String productNumber(int product) {
    return String.format(Locale.ROOT, "EMEA/H/C/00%04d", product + 1);
  }

  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Words with now and then an entity, a double space or a trailing space, as EMA writes them. */
  String prose(int minWords, int maxWords) {
    StringBuilder text = new StringBuilder();
    int words = between(minWords, maxWords);
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : chance(0.02) ? "  " : " ")
          .append(chance(0.01) ? pick(QUIRKS) : pick(WORDS));
    }
    return text.append(chance(0.1) ? ".&nbsp;&nbsp;" : chance(0.05) ? ". " : ".").toString();
  }

  String maybeTrailingSpace(String value) {
    return chance(0.03) ? value + (chance(0.5) ? " " : "  ") : value;
  }

  LocalDate dateBetween(int fromYear, int toYear) {
    return LocalDate.of(between(fromYear, toYear), between(1, 12), between(1, 28));
  }

  String dayMonthYear(LocalDate date) {
    return date == null ? "" : DAY_MONTH_YEAR.format(date);
  }

  String instant(LocalDate date) {
    Instant at =
        date.atTime(between(0, 23), between(0, 59), between(0, 59)).toInstant(ZoneOffset.UTC);
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }

  /** Mostly the export's own form, sometimes the other one. */
  String date(LocalDate date, boolean instantsUsual) {
    if (date == null) {
      return "";
    }
    boolean asInstant = chance(0.1) != instantsUsual;
    return asInstant ? instant(date) : dayMonthYear(date);
  }

  String referenceNumber() {
    return String.format(Locale.ROOT, "EMA/%d/%d", between(10_000, 999_999), between(2005, 2025));
  }
}
