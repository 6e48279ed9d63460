package io.eparwatch.epar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSizesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(634.35 KB - PDF)  | 649574  | PDF",
        "634.35 KB - PDF    | 649574  | PDF",
        "(PDF/132.72 KB)    | 135905  | PDF",
        "(2.51 MB - PDF)    | 2631926 | PDF",
        "(3.99 MB - PDF)    | 4183818 | PDF",
        "(8.37 KB - PDF)    | 8571    | PDF",
      })
  void parsesBinarySizes(String label, long bytes, String format) {
    FileSizes.FileSize size = FileSizes.parse(label);
    assertEquals(bytes, size.bytes());
    assertEquals(format, size.format());
  }

  @ParameterizedTest
  @CsvSource({
    "Other languages (24)",
    "Reference Number: EMA/734400/2015 corr. 1",
    "EMEA/H/C/002771"
  })
  void ignoresTextWithoutSize(String text) {
    assertNull(FileSizes.parse(text));
  }
}
