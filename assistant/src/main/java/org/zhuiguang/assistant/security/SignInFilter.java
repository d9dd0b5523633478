package org.zhuiguang.assistant.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.zhuiguang.assistant.opinion.Role;

/**
 * The switch that closes the open endpoints: with {@code ZG_REQUIRE_SIGN_IN=true}, search, ask and
 * plans (and their streams and exports) answer only callers signed in with an account holding a
 * role (HTTP Basic or an OIDC bearer token); an anonymous caller gets 401 (an account without a
 * role 403) with the JSON error and a row in the audit trail. Off by default, so the page works
 * without signing in. The endpoints of cases, drafts, audit and index jobs check their own roles
 * either way.
 */
@ApplicationScoped
public class SignInFilter {

  /** The paths the switch closes: each and everything under it. */
  static final List<String> CLOSED = List.of("/api/search", "/api/ask", "/api/plans");

  private final boolean required;
  private final AuditTrail audit;
  private final SecurityIdentity identity;

  public SignInFilter(
      @ConfigProperty(name = "zg-security.require-sign-in", defaultValue = "false")
          boolean required,
      AuditTrail audit,
      SecurityIdentity identity) {
    this.required = required;
    this.audit = audit;
    this.identity = identity;
  }

  @ServerRequestFilter
  public void check(ContainerRequestContext context, HttpServerRequest request) {
    if (!required) {
      return;
    }
    String path = context.getUriInfo().getPath();
    String closed = null;
    for (String p : CLOSED) {
      if (path.equals(p) || path.startsWith(p + "/")) {
        closed = p;
      }
    }
    if (closed == null) {
      return;
    }
    String ip = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    String action = closed.substring("/api/".length());
    if (identity.isAnonymous()) {
      audit.record(new AuditTrail.Entry("anonymous", action, closed, "denied 401", ip));
      throw new ApiException(
          401, "unauthorized", "this service requires signing in (HTTP Basic or an OIDC token)");
    }
    if (identity.getRoles().stream().noneMatch(r -> Role.of(r).isPresent())) {
      String user = identity.getPrincipal().getName();
      audit.record(new AuditTrail.Entry(user, action, closed, "denied 403", ip));
      throw new ApiException(403, "forbidden", "your account holds none of the service's roles");
    }
  }
}
