package io.eparwatch.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.eparwatch.security.LoginFormCsrf;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure leaves the API as {@code {"error": "..."}}, never as a stack trace or class name.
 */
public class ExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    Response original = e.getResponse();
    if (original.hasEntity() && original.getEntity() instanceof ErrorBody) {
      return original;
    }
    if (causedByJson(e)) {
      return malformedJson(null);
    }
    Response.Status status = Response.Status.fromStatusCode(original.getStatus());
    String reason = status == null ? "request failed" : status.getReasonPhrase().toLowerCase();
    return ApiError.response(status == null ? Response.Status.BAD_REQUEST : status, reason);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e) {
    return ApiError.response(Response.Status.BAD_REQUEST, "request body is not valid JSON");
  }

  /** More specific than Quarkus's built-in mapper, which answers 400 with no body. */
  @ServerExceptionMapper
  public Response unparsableJson(JsonParseException e) {
    return malformedJson(e);
  }

  /** An array, a string or {@code {"url": {}}} where an object of text values is expected. */
  @ServerExceptionMapper
  public Response wrongShape(MismatchedInputException e) {
    return ApiError.response(
        Response.Status.BAD_REQUEST,
        "request body must be a JSON object such as {\"url\": \"https://...\"}");
  }

  private static boolean causedByJson(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException) {
        return true;
      }
    }
    return false;
  }

  /**
   * A browser asking for a page is sent to the login form; API clients and feed readers get 401
   * {"error"} with a Basic challenge, never a redirect.
   */
  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
    if (wantsPage(uri, headers)) {
      return Response.seeOther(URI.create("/login")).build();
    }
    return Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED, "login required"))
        .header("WWW-Authenticate", "Basic realm=\"EPAR Watch\"")
        .build();
  }

  /**
   * Quarkus hands failed logins to this mapper too, the login form's post included: that one goes
   * back to the form with its error message (a wrong password, or a post without the form's CSRF
   * token).
   */
  @ServerExceptionMapper
  public Response authenticationFailed(
      AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
    if (uri.getPath().equals("/j_security_check")) {
      String error = Boolean.TRUE.equals(e.getAttribute(LoginFormCsrf.REFUSED)) ? "form" : "1";
      return Response.status(Response.Status.FOUND)
          .location(URI.create("/login?error=" + error))
          .build();
    }
    return unauthorized(null, uri, headers);
  }

  private static boolean wantsPage(UriInfo uri, HttpHeaders headers) {
    String path = uri.getPath();
    return !path.startsWith("/api/")
        && !path.startsWith("/feeds/")
        && headers.getAcceptableMediaTypes().stream()
            .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return ApiError.response(Response.Status.FORBIDDEN, "not allowed for this login");
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.error("unexpected error in API call", e);
    return ApiError.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "the server could not answer this request; the details are in its log");
  }
}
