package io.eparwatch.web;

import io.eparwatch.security.Roles;
import io.eparwatch.security.UserResult;
import io.eparwatch.security.Users;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /users} (admin): list, add, change role, reset password, remove. Every form carries the
 * CSRF token; a refusal shows the page again with the reason.
 */
@Path("/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class UsersPage {

  private final Template users;
  private final Users service;

  public UsersPage(@Location("users.html") Template users, Users service) {
    this.users = users;
    this.service = service;
  }

  @GET
  public Response list() {
    return page(Response.Status.OK, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@RestForm String username, @RestForm String password, @RestForm String role) {
    return after(service.add(username, password, role));
  }

  @POST
  @Path("{username}/role")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response role(@PathParam("username") String username, @RestForm String role) {
    return after(service.changeRole(username, role));
  }

  @POST
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response password(@PathParam("username") String username, @RestForm String password) {
    return after(service.resetPassword(username, password));
  }

  @POST
  @Path("{username}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@PathParam("username") String username) {
    return after(service.remove(username));
  }

  private Response after(UserResult result) {
    if (result instanceof UserResult.Refused refused) {
      Response.Status status = Response.Status.fromStatusCode(refused.status());
      return page(status, refused.reason());
    }
    return Response.seeOther(URI.create("/users")).build();
  }

  private Response page(Response.Status status, String error) {
    String html =
        users
            .data("users", service.list())
            .data("roles", List.of(Roles.ADMIN, Roles.EDITOR, Roles.VIEWER))
            .data("error", error)
            .render();
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }
}
