package io.eparwatch.feed;

import static io.restassured.RestAssured.given;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.xml.sax.InputSource;

/** A feed fetched through HTTP and read back with Rome, the way a feed reader would. */
record Feed(byte[] xml, SyndFeed parsed) {

  static Feed get(String pathAndQuery) {
    byte[] xml =
        given()
            .urlEncodingEnabled(false)
            .get(pathAndQuery)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    return of(xml);
  }

  static Feed of(byte[] xml) {
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      return new Feed(
          xml,
          input.build(
              new InputSource(
                  new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError(
          "not a feed Rome reads: " + new String(xml, StandardCharsets.UTF_8), e);
    }
  }

  List<SyndEntry> entries() {
    return parsed.getEntries();
  }

  List<String> ids() {
    return entries().stream().map(SyndEntry::getUri).toList();
  }

  List<String> titles() {
    return entries().stream().map(SyndEntry::getTitle).toList();
  }

  String text() {
    return new String(xml, StandardCharsets.UTF_8);
  }
}
