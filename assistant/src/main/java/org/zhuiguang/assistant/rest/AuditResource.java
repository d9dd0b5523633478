package org.zhuiguang.assistant.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.audit.AuditRow;
import org.zhuiguang.assistant.opinion.Role;
import org.zhuiguang.assistant.persistence.RevealEntity;
import org.zhuiguang.assistant.security.ApiException;
import org.zhuiguang.assistant.security.AuditTrail;
import org.zhuiguang.assistant.security.Guard;

/** The audit trail, for auditors. Reading it is audited too. */
@Path("/api/audit")
@Tag(name = "audit", description = "the hash-chained audit trail (auditor)")
public class AuditResource {

  private final Guard guard;
  private final AuditTrail trail;

  public AuditResource(Guard guard, AuditTrail trail) {
    this.guard = guard;
    this.trail = trail;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The last rows of the audit trail, oldest first (?limit=N, 1..1000)")
  public Map<String, Object> rows(@QueryParam("limit") Integer limit) {
    int n = limit == null ? 100 : limit;
    if (n < 1 || n > 1000) {
      throw ApiException.badRequest("limit is between 1 and 1000");
    }
    guard.act("audit.view", "audit", EnumSet.of(Role.AUDITOR), (caller, target) -> Boolean.TRUE);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AuditRow r : trail.latest(n)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("seq", r.seq());
      row.put("at", r.at());
      row.put("user", r.user());
      row.put("action", r.action());
      row.put("target", r.target());
      row.put("outcome", r.outcome());
      row.put("ip", r.ip());
      row.put("hash", r.hash());
      row.put("prev_hash", r.prevHash());
      rows.add(row);
    }
    return Map.of("rows", rows);
  }

  @GET
  @Path("/reveals")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The last showings of unmasked personal data with their reasons (?limit=N)")
  public Map<String, Object> reveals(@QueryParam("limit") Integer limit) {
    int n = limit == null ? 100 : limit;
    if (n < 1 || n > 1000) {
      throw ApiException.badRequest("limit is between 1 and 1000");
    }
    return guard.act(
        "audit.reveals",
        "reveals",
        EnumSet.of(Role.AUDITOR),
        (caller, target) -> {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (RevealEntity r : RevealEntity.latest(n)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case_id", r.caseId);
            row.put("party", r.party);
            row.put("field", r.field);
            row.put("user", r.user);
            row.put("reason", r.reason);
            row.put("at", r.revealedAt.toString());
            rows.add(row);
          }
          return Map.of("reveals", rows);
        });
  }
}
