package io.eparwatch.feed;

/** The two feed formats, with the media type each is served as. */
public enum FeedFormat {
  ATOM("atom", "application/atom+xml; charset=utf-8"),
  RSS("rss", "application/rss+xml; charset=utf-8");

  private final String extension;
  private final String contentType;

  FeedFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }
}
