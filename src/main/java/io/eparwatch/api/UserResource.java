package io.eparwatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eparwatch.security.Roles;
import io.eparwatch.security.UserInfo;
import io.eparwatch.security.UserResult;
import io.eparwatch.security.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The logins kept in the database (admin only). Password hashes never leave the server. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

  /** A new user: name, password of at least 12 characters, role admin, editor or viewer. */
  public record AddUserRequest(String username, String password, String role) {}

  private final Users users;
  private final StrictJson json;

  public UserResource(Users users, StrictJson json) {
    this.users = users;
    this.json = json;
  }

  @APIResponse(responseCode = "200", description = "OK")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "403", description = "not an admin: {\"error\": \"...\"}")
  @GET
  public List<UserInfo> list() {
    return users.list();
  }

  @APIResponse(responseCode = "201", description = "user added")
  @APIResponse(responseCode = "400", description = "bad request: {\"error\": \"...\"}")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "403", description = "not an admin: {\"error\": \"...\"}")
  @APIResponse(responseCode = "409", description = "the name is taken: {\"error\": \"...\"}")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(content = @Content(schema = @Schema(implementation = AddUserRequest.class)))
  public Response add(String body) throws JsonProcessingException {
    AddUserRequest request = json.read(body, AddUserRequest.class);
    UserInfo user = done(users.add(request.username(), request.password(), request.role()));
    return Response.created(URI.create("/api/users/" + user.username())).entity(user).build();
  }

  @APIResponse(responseCode = "204", description = "removed")
  @APIResponse(responseCode = "401", description = "login required: {\"error\": \"...\"}")
  @APIResponse(responseCode = "403", description = "not an admin: {\"error\": \"...\"}")
  @APIResponse(responseCode = "404", description = "not found: {\"error\": \"...\"}")
  @APIResponse(responseCode = "409", description = "the configured admin: {\"error\": \"...\"}")
  @DELETE
  @Path("{username}")
  public Response remove(@PathParam("username") String username) {
    done(users.remove(username));
    return Response.noContent().build();
  }

  private static UserInfo done(UserResult result) {
    if (result instanceof UserResult.Refused refused) {
      Response.Status status = Response.Status.fromStatusCode(refused.status());
      throw new jakarta.ws.rs.WebApplicationException(
          refused.reason(), ApiError.response(status, refused.reason()));
    }
    return ((UserResult.Done) result).user();
  }
}
