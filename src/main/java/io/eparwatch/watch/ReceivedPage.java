package io.eparwatch.watch;

import io.eparwatch.snapshot.FetchedPage;
import io.eparwatch.source.FetchResult;
import io.eparwatch.source.Validators;
import java.time.Instant;
import org.jboss.logging.Logger;

/** A page EMA sent, as it is kept: validators too long to be real are dropped (and logged). */
final class ReceivedPage {

  private static final Logger LOG = Logger.getLogger(ReceivedPage.class);

  private ReceivedPage() {}

  static FetchedPage of(String slug, FetchResult.Fetched fetched, Instant answered) {
    Validators kept = Validators.fromResponse(fetched.etag(), fetched.lastModified());
    if (!kept.equals(new Validators(fetched.etag(), fetched.lastModified()))) {
      LOG.warnf(
          "%s: absurd ETag (%d chars) or Last-Modified (%d chars) dropped",
          slug, length(fetched.etag()), length(fetched.lastModified()));
    }
    return new FetchedPage(
        fetched.body(),
        fetched.status(),
        fetched.contentType(),
        kept.etag(),
        kept.lastModified(),
        answered,
        fetched.elapsed());
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }
}
