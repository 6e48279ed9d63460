package io.eparwatch.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher test setup plus a download directory, and checks that nothing is left behind. */
abstract class DownloaderTestBase extends FetcherTestBase {

  static final String EXPORT =
      "/en/documents/report/documents-output-epar_documents_json-report_en.json";
  static final String JSON = "application/json";

  final TestExportsConfig exports = allConfig.exports;
  @TempDir Path directory;
  Path target;

  @BeforeEach
  void chooseTarget() throws IOException {
    target = Files.createDirectories(directory.resolve("exports")).resolve("documents.json");
  }

  DownloadResult download() {
    return downloader().download(url(EXPORT), Validators.none(), target);
  }

  static ResponseDefinitionBuilder json() {
    return aResponse().withStatus(200).withHeader("Content-Type", JSON);
  }

  /** Neither the target nor any partial file exists. */
  void assertNothingWritten() throws IOException {
    assertEquals(List.of(), filesIn(target.getParent()));
  }

  /** The target exists and no partial file is left beside it. */
  void assertOnlyTargetInDirectory() throws IOException {
    assertEquals(List.of(target.getFileName().toString()), filesIn(target.getParent()));
  }

  private static List<String> filesIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
