package io.eparwatch.security;

import io.eparwatch.config.EparWatchConfig;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With {@code eparwatch.web.public-read=false}, every endpoint (pages, feeds, read API) needs a
 * login of any role, except the login page itself and the confirm and unsubscribe links of mails.
 * Health and static files are not endpoints and stay open. A JAX-RS filter rather than an HTTP
 * permission so that the refusal goes through the same mapper as any other: 401 {"error"} for API
 * clients, the login page for browsers.
 */
@ApplicationScoped
public class PublicRead {

  /** The login page, and the links in mails: a token in the link is their credential. */
  private static final Set<String> OPEN =
      Set.of("/login", "/logout", "/subscriptions/confirm", "/subscriptions/unsubscribe");

  private final boolean publicRead;

  public PublicRead(EparWatchConfig config) {
    this.publicRead = config.web().publicRead();
  }

  @ServerRequestFilter(preMatching = true)
  public void requireLogin(ContainerRequestContext request) {
    if (publicRead || request.getSecurityContext().getUserPrincipal() != null) {
      return;
    }
    if (!OPEN.contains("/" + request.getUriInfo().getPath().replaceFirst("^/+", ""))) {
      throw new UnauthorizedException();
    }
  }
}
