package io.eparwatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeType;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MailWordingTest {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final Instant MONDAY_7 = Instant.parse("2026-11-30T06:00:00Z");

  static String since(String from) {
    return MailWording.since(Instant.parse(from), MONDAY_7, AMSTERDAM);
  }

  @Test
  void sinceWordsThePreviousDigestsDay() {
    assertEquals("since yesterday", since("2026-11-29T06:00:00Z"));
    assertEquals("since Monday", since("2026-11-23T06:00:00Z"));
    assertEquals("since Thursday", since("2026-11-26T15:00:00Z"));
    assertEquals("since 2 November", since("2026-11-02T06:00:00Z"));
    assertEquals("since 00:30", since("2026-11-29T23:30:00Z"));
  }

  @Test
  void digestSubjectCountsInWords() {
    assertEquals(
        "EPAR Watch: 12 changes in 5 medicines since Monday",
        MailWording.digestSubject(12, 5, "since Monday"));
    assertEquals(
        "EPAR Watch: 1 change in 1 medicine since yesterday",
        MailWording.digestSubject(1, 1, "since yesterday"));
  }

  @Test
  void immediateSubjectNamesProductAndChangeOnOneLine() {
    ChangeEvent event = new ChangeEvent();
    event.product = "imlygic";
    event.productName = "Imlygic\r\nBcc: victim@example.org";
    event.type = ChangeType.DOCUMENT_UPDATED;
    event.field = "lastUpdated";
    event.documentTitle = "Imlygic : EPAR - Product Information";
    assertEquals(
        "EPAR Watch: Imlygic Bcc: victim@example.org: Product Information updated",
        MailWording.immediateSubject(event));
    event.field = "size";
    assertEquals(
        "EPAR Watch: Imlygic Bcc: victim@example.org: Product Information: file size changed",
        MailWording.immediateSubject(event));
  }

  @Test
  void fieldNamesAreWords() {
    ChangeEvent event = new ChangeEvent();
    event.product = "imlygic";
    event.type = ChangeType.FIELD_CHANGED;
    event.field = "pageLastUpdated";
    assertEquals(
        "EPAR Watch: imlygic: page last updated changed", MailWording.immediateSubject(event));
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertEquals(
        "https://www.ema.europa.eu/x.pdf", MailViews.webAddress("https://www.ema.europa.eu/x.pdf"));
    assertEquals(null, MailViews.webAddress("javascript:alert(1)"));
    assertEquals(null, MailViews.webAddress("data:text/html,<b>"));
    assertEquals(null, MailViews.webAddress("not a url"));
  }
}
