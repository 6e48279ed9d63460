package io.eparwatch.epar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File size and format labels: "634.35 KB - PDF" (current design) and "(PDF/132.72 KB)"
 * (2018–2023).
 */
final class FileSizes {

  record FileSize(long bytes, String format) {}

  private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
  private static final String UNIT = "(bytes|B|KB|kB|MB|GB)";
  private static final Pattern SIZE_THEN_FORMAT =
      Pattern.compile(NUMBER + "\\s*" + UNIT + "\\b(?:\\s*-\\s*([A-Za-z0-9]{2,5})\\b)?");
  private static final Pattern FORMAT_THEN_SIZE =
      Pattern.compile("\\b([A-Za-z]{2,5})\\s*/\\s*" + NUMBER + "\\s*" + UNIT + "\\b");

  private FileSizes() {}

  /** The first size label in the text, or null. */
  static FileSize parse(String text) {
    if (!hasDigit(text) || !hasUnit(text)) {
      return null; // both forms need a number and a unit: most texts of an entry have neither
    }
    if (text.indexOf('/') >= 0) {
      Matcher formatFirst = FORMAT_THEN_SIZE.matcher(text);
      if (formatFirst.find()) {
        return new FileSize(
            bytes(formatFirst.group(2), formatFirst.group(3)), upper(formatFirst.group(1)));
      }
    }
    Matcher sizeFirst = SIZE_THEN_FORMAT.matcher(text);
    if (sizeFirst.find()) {
      return new FileSize(bytes(sizeFirst.group(1), sizeFirst.group(2)), upper(sizeFirst.group(3)));
    }
    return null;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Every unit (bytes, B, KB, kB, MB, GB) has a b or a B. */
  private static boolean hasUnit(String text) {
    return text.indexOf('B') >= 0 || text.indexOf('b') >= 0;
  }

  /** EMA sizes are binary: 1 KB = 1024 bytes. */
  static long bytes(String number, String unit) {
    BigDecimal value = new BigDecimal(number.replace(',', '.'));
    BigDecimal factor = BigDecimal.valueOf(multiplier(unit.toUpperCase(Locale.ROOT)));
    return value.multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  private static long multiplier(String unit) {
    switch (unit) {
      case "KB":
        return 1024L;
      case "MB":
        return 1024L * 1024;
      case "GB":
        return 1024L * 1024 * 1024;
      default:
        return 1L;
    }
  }

  private static String upper(String format) {
    return format == null ? null : format.toUpperCase(Locale.ROOT);
  }
}
