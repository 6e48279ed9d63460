package io.eparwatch.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A client error with its status and a message meant for the caller. */
final class ApiError {

  private ApiError() {}

  static WebApplicationException badRequest(String message) {
    return of(Response.Status.BAD_REQUEST, message);
  }

  static WebApplicationException notFound(String message) {
    return of(Response.Status.NOT_FOUND, message);
  }

  static Response response(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(message))
        .build();
  }

  private static WebApplicationException of(Response.Status status, String message) {
    return new WebApplicationException(message, response(status, message));
  }
}
