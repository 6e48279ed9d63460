package io.eparwatch.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The login form (posted to Quarkus form authentication at {@code /j_security_check}, with the CSRF
 * token that {@link io.eparwatch.security.LoginFormCsrf} checks) and logging out. The API keeps
 * HTTP Basic.
 */
@Path("/")
public class LoginPage {

  private final Template login;
  private final SecurityIdentity identity;

  public LoginPage(@Location("login.html") Template login, SecurityIdentity identity) {
    this.login = login;
    this.identity = identity;
  }

  @GET
  @Path("login")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance form(@QueryParam("error") String error) {
    return login
        .data("failed", "1".equals(error))
        .data("expired", "form".equals(error))
        .data("loggedIn", !identity.isAnonymous());
  }

  /** Ends the page session (the cookie is cleared) and goes back to the start page. */
  @POST
  @Path("logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED) // so that only a form with its token is taken
  public Response logout() {
    if (!identity.isAnonymous()) {
      FormAuthenticationMechanism.logout(identity);
    }
    return Response.seeOther(URI.create("/")).build();
  }
}
