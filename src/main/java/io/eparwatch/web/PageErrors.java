package io.eparwatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A page that cannot be shown answers as a page, in words. Logins and roles stay the API mapper's
 * (a browser without a login is sent to the login form; a role that may not act gets 403).
 */
public class PageErrors {

  @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
  static class Templates {
    static native TemplateInstance error(int status, String title, String message);
  }

  @ServerExceptionMapper
  public Response page(PageError e) {
    return render(e.status(), e.getMessage());
  }

  static Response render(Status status, String message) {
    String html =
        Templates.error(status.getStatusCode(), status.getReasonPhrase(), message).render();
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }
}
