package io.eparwatch.epar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from the class path (src/test/resources). */
final class Fixtures {

  static final String IMLYGIC_URL = "https://www.ema.europa.eu/en/medicines/human/EPAR/imlygic";

  private Fixtures() {}

  static String read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
