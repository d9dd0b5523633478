package org.zhuiguang.assistant.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.opinion.Role;
import org.zhuiguang.assistant.persistence.AssigneeEntity;
import org.zhuiguang.assistant.persistence.DraftEntity;
import org.zhuiguang.assistant.security.Guard;

/** Drafts and approved opinions whose cited articles a re-index changed or retired (advisors). */
@Path("/api/impacts")
@Tag(name = "drafts", description = "legal-opinion drafts and their review")
public class ImpactResource {

  private final Guard guard;

  public ImpactResource(Guard guard) {
    this.guard = guard;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every draft of the advisor's cases with stale citations")
  public Map<String, Object> impacts() {
    return guard.act(
        "impact.list",
        "impacts",
        EnumSet.of(Role.ADVISOR),
        (caller, target) -> {
          List<Map<String, Object>> out = new ArrayList<>();
          for (Long caseId : AssigneeEntity.casesOf(caller.user())) {
            for (DraftEntity d :
                DraftEntity.<DraftEntity>list(
                    "caseId = ?1 and staleCitations <> '[]' order by id", caseId)) {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("draft_id", d.id);
              row.put("case_id", d.caseId);
              row.put("status", d.status);
              row.put("stale_citations", DraftResource.tree(d.staleCitations));
              out.add(row);
            }
          }
          return Map.of("drafts", out);
        });
  }
}
