package org.zhuiguang.assistant.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import org.zhuiguang.assistant.opinion.Role;
import org.zhuiguang.assistant.opinion.WorkflowException;

/**
 * Every action on cases, drafts and the audit trail goes through here: the caller must be signed in
 * (401) and hold one of the action's roles (403), then the work runs in a transaction with its
 * audit row; a refusal inside the work (404, 403, 409) rolls it back and is audited on its own.
 * Nothing is allowed that does not name its roles.
 */
@RequestScoped
public class Guard {

  private final SecurityIdentity identity;
  private final HttpServerRequest request;
  private final AuditTrail audit;

  public Guard(SecurityIdentity identity, HttpServerRequest request, AuditTrail audit) {
    this.identity = identity;
    this.request = request;
    this.audit = audit;
  }

  /** The target of an action, settable by the work once it is known (a new case's id). */
  public static final class Target {
    private String name;

    Target(String name) {
      this.name = name;
    }

    public void set(String name) {
      this.name = name;
    }

    public String get() {
      return name;
    }
  }

  /** Runs {@code work} for a caller holding one of {@code roles}, auditing the outcome. */
  public <T> T act(String action, String target, Set<Role> roles, Work<T> work) {
    Caller caller = caller();
    Target t = new Target(target);
    if (caller == null) {
      audit.record(new AuditTrail.Entry("anonymous", action, target, "denied 401", ip()));
      throw new ApiException(401, "unauthorized", "sign in with HTTP Basic credentials");
    }
    if (roles.stream().noneMatch(caller::has)) {
      audit.record(new AuditTrail.Entry(caller.user(), action, target, "denied 403", caller.ip()));
      throw new ApiException(403, "forbidden", "your role may not do " + action);
    }
    try {
      return audit.inTransaction(
          () -> work.run(caller, t),
          r -> new AuditTrail.Entry(caller.user(), action, t.get(), "ok", caller.ip()));
    } catch (ApiException e) {
      audit.record(new AuditTrail.Entry(caller.user(), action, t.get(), e.outcome(), caller.ip()));
      throw e;
    } catch (WorkflowException e) {
      ApiException mapped =
          e.kind() == WorkflowException.Kind.FORBIDDEN
              ? new ApiException(403, "forbidden", e.getMessage())
              : new ApiException(409, "conflict", e.getMessage());
      audit.record(
          new AuditTrail.Entry(caller.user(), action, t.get(), mapped.outcome(), caller.ip()));
      throw mapped;
    }
  }

  /** The work of an action. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Caller caller, Target target);
  }

  /** The signed-in caller, or null. */
  public Caller caller() {
    if (identity.isAnonymous()) {
      return null;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : identity.getRoles()) {
      Role.of(r).ifPresent(roles::add);
    }
    return new Caller(identity.getPrincipal().getName(), roles, ip());
  }

  private String ip() {
    SocketAddress a = request.remoteAddress();
    return a == null ? "unknown" : a.hostAddress();
  }
}
