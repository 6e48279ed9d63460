package io.eparwatch.web;

import io.eparwatch.api.ExceptionMappers;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures on pages answer as pages, in words; the API keeps its {@code {"error": ...}} bodies (its
 * mapper is asked for every path under {@code /api} and {@code /feeds}).
 */
public class PageErrors {

  @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance error(int status, String title, String message, boolean login);
  }

  private final ExceptionMappers api = new ExceptionMappers();

  @ServerExceptionMapper
  public Response page(PageError e) {
    return render(e.status(), e.getMessage(), false);
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    if (!isPage(uri)) {
      return api.unauthorized(e);
    }
    return render(Status.UNAUTHORIZED, "Please log in to do this.", true);
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    if (!isPage(uri)) {
      return api.forbidden(e);
    }
    return render(Status.FORBIDDEN, "Your role does not allow this action.", false);
  }

  private static boolean isPage(UriInfo uri) {
    String path = uri.getPath();
    return !(path.startsWith("/api") || path.startsWith("/feeds") || path.startsWith("/q/"));
  }

  static Response render(Status status, String message, boolean login) {
    String html =
        Templates.error(status.getStatusCode(), status.getReasonPhrase(), message, login).render();
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }
}
