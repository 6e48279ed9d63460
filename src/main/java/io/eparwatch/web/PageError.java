package io.eparwatch.web;

import jakarta.ws.rs.core.Response.Status;

/** A page that cannot be shown, with a sentence for the reader; rendered by {@link PageErrors}. */
public class PageError extends RuntimeException {

  private final Status status;

  PageError(Status status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static PageError notFound(String message) {
    return new PageError(Status.NOT_FOUND, message);
  }

  static PageError badRequest(String message) {
    return new PageError(Status.BAD_REQUEST, message);
  }

  Status status() {
    return status;
  }
}
