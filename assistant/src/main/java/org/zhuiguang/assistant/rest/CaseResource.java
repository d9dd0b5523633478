package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.opinion.PersonalDataDisplay;
import org.zhuiguang.assistant.opinion.Role;
import org.zhuiguang.assistant.persistence.AssigneeEntity;
import org.zhuiguang.assistant.persistence.CaseEntity;
import org.zhuiguang.assistant.persistence.DraftEntity;
import org.zhuiguang.assistant.persistence.PartyEntity;
import org.zhuiguang.assistant.persistence.RevealEntity;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.security.ApiException;
import org.zhuiguang.assistant.security.Caller;
import org.zhuiguang.assistant.security.Guard;

/** Cases: created by workers and mediators, visible to their creator and assignees only. */
@Path("/api/cases")
@Tag(name = "cases", description = "cases with their parties (personal data masked)")
public class CaseResource {

  static final Set<Role> CREATE = EnumSet.of(Role.WORKER, Role.MEDIATOR);
  static final Set<Role> READ = EnumSet.of(Role.WORKER, Role.MEDIATOR, Role.ADVISOR);

  private final Guard guard;
  private final DraftResource drafts;

  public CaseResource(Guard guard, DraftResource drafts) {
    this.guard = guard;
    this.drafts = drafts;
  }

  @POST
  @Path("/{id}/drafts")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Builds a draft for the case from its file and verified articles; 201")
  public Response createDraft(@PathParam("id") long id, JsonNode body) {
    return drafts.create(id, body);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Creates a case (worker, mediator); 201 with the case")
  public Response create(JsonNode body) {
    Map<String, Object> json =
        guard.act(
            "case.create",
            "case/new",
            CREATE,
            (caller, target) -> {
              CaseEntity c = newCase(body, caller);
              target.set("case/" + c.id);
              return view(c, true);
            });
    return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The cases visible to the caller, personal data masked")
  public Map<String, Object> list() {
    return guard.act(
        "case.list",
        "cases",
        READ,
        (caller, target) -> {
          Set<Long> ids = new LinkedHashSet<>(AssigneeEntity.casesOf(caller.user()));
          CaseEntity.<CaseEntity>list("createdBy", caller.user()).forEach(c -> ids.add(c.id));
          List<Map<String, Object>> cases = new ArrayList<>();
          for (Long id : ids) {
            CaseEntity c = CaseEntity.findById(id);
            if (c != null) {
              cases.add(view(c, false));
            }
          }
          return Map.of("cases", cases);
        });
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One case with its drafts; 404 when not visible to the caller")
  public Map<String, Object> get(@PathParam("id") long id) {
    return guard.act(
        "case.view",
        "case/" + id,
        READ,
        (caller, target) -> {
          Map<String, Object> json = view(visible(id, caller), true);
          List<Map<String, Object>> drafts = new ArrayList<>();
          for (DraftEntity d : DraftEntity.<DraftEntity>list("caseId = ?1 order by id", id)) {
            drafts.add(Map.of("id", d.id, "status", d.status, "version", d.currentVersion));
          }
          json.put("drafts", drafts);
          return json;
        });
  }

  /** The case if the caller created it or is assigned to it; else 404. */
  static CaseEntity visible(long id, Caller caller) {
    CaseEntity c = CaseEntity.findById(id);
    if (c == null
        || !(c.createdBy.equals(caller.user()) || AssigneeEntity.assigned(id, caller.user()))) {
      throw ApiException.notFound("case " + id);
    }
    return c;
  }

  private static CaseEntity newCase(JsonNode body, Caller caller) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("send {\"title\", \"narrative\", \"parties\", \"assignees\"}");
    }
    String title = text(body, "title", 500, true);
    String narrative = text(body, "narrative", PlanBuilder.MAX_NARRATIVE, true);
    CaseEntity c = new CaseEntity();
    c.title = title;
    c.narrative = narrative;
    c.createdBy = caller.user();
    c.createdAt = Instant.now();
    c.persist();
    int order = 0;
    for (JsonNode p : array(body, "parties")) {
      if (!p.isObject()) {
        throw ApiException.badRequest("each party is an object with a name");
      }
      PartyEntity e = new PartyEntity();
      e.caseId = c.id;
      e.position = order++;
      e.name = text(p, "name", 200, true);
      e.role = text(p, "role", 200, false);
      e.phone = text(p, "phone", 100, false);
      e.idNumber = text(p, "id_number", 100, false);
      e.address = text(p, "address", 1000, false);
      e.bankCard = text(p, "bank_card", 100, false);
      e.persist();
    }
    Set<String> assignees = new LinkedHashSet<>();
    for (JsonNode a : array(body, "assignees")) {
      if (!a.isTextual() || a.textValue().isBlank() || a.textValue().length() > 200) {
        throw ApiException.badRequest("assignees are user names");
      }
      assignees.add(a.textValue());
    }
    for (String user : assignees) {
      AssigneeEntity a = new AssigneeEntity();
      a.caseId = c.id;
      a.username = user;
      a.persist();
    }
    return c;
  }

  /** The fields a reveal may show, by their JSON names. */
  static final List<String> REVEALABLE =
      List.of("name", "phone", "id_number", "address", "bank_card");

  @POST
  @Path("/{id}/reveal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Shows one party's unmasked field, with a reason; audited",
      description =
          "Body {\"party\": index from 0, \"field\": \"name|phone|id_number|address|bank_card\","
              + " \"reason\": \"why it is needed\"}; the reason is kept with the reveal and the"
              + " audit trail has a case.reveal row.")
  public Map<String, Object> reveal(@PathParam("id") long id, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("send {\"party\", \"field\", \"reason\"}");
    }
    JsonNode index = body.get("party");
    if (index == null || !index.canConvertToInt() || !index.isIntegralNumber()) {
      throw ApiException.badRequest("\"party\" must be the party's index, from 0");
    }
    int party = index.intValue();
    String field = text(body, "field", 20, true);
    if (!REVEALABLE.contains(field)) {
      throw ApiException.badRequest("\"field\" is one of " + String.join(", ", REVEALABLE));
    }
    String reason = text(body, "reason", 2000, true);
    if (reason.codePointCount(0, reason.length()) < 4) {
      throw ApiException.badRequest("\"reason\" must say why (at least 4 characters)");
    }
    return guard.act(
        "case.reveal",
        "case/" + id + "/party/" + party + "/" + field,
        READ,
        (caller, target) -> {
          visible(id, caller);
          List<PartyEntity> parties = PartyEntity.ofCase(id);
          if (party < 0 || party >= parties.size()) {
            throw ApiException.notFound("party " + party + " of case " + id);
          }
          PartyEntity p = parties.get(party);
          String value =
              switch (field) {
                case "name" -> p.name;
                case "phone" -> p.phone;
                case "id_number" -> p.idNumber;
                case "address" -> p.address;
                default -> p.bankCard;
              };
          RevealEntity r = new RevealEntity();
          r.caseId = id;
          r.party = party;
          r.field = field;
          r.user = caller.user();
          r.reason = reason;
          r.revealedAt = Instant.now();
          r.persist();
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("party", party);
          json.put("field", field);
          json.put("value", value);
          return json;
        });
  }

  static Map<String, Object> view(CaseEntity c, boolean narrative) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", c.id);
    json.put("title", c.title);
    if (narrative) {
      json.put("narrative", c.narrative);
    }
    List<Map<String, Object>> parties = new ArrayList<>();
    for (PartyEntity p : PartyEntity.ofCase(c.id)) {
      Map<String, Object> party = new LinkedHashMap<>();
      party.put("name", PersonalDataDisplay.name(p.name));
      party.put("role", p.role);
      party.put("phone", PersonalDataDisplay.phone(p.phone));
      party.put("id_number", PersonalDataDisplay.idNumber(p.idNumber));
      party.put("address", PersonalDataDisplay.address(p.address));
      party.put("bank_card", PersonalDataDisplay.bankCard(p.bankCard));
      parties.add(party);
    }
    json.put("parties", parties);
    json.put("assignees", AssigneeEntity.usersOf(c.id));
    json.put("created_by", c.createdBy);
    json.put("created_at", c.createdAt.toString());
    return json;
  }

  static String text(JsonNode o, String field, int max, boolean required) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw ApiException.badRequest("\"" + field + "\" is required");
      }
      return "";
    }
    if (!v.isTextual()) {
      throw ApiException.badRequest("\"" + field + "\" must be a string");
    }
    String s = v.textValue().strip();
    if (required && s.isEmpty()) {
      throw ApiException.badRequest("\"" + field + "\" must not be empty");
    }
    if (s.length() > max) {
      throw ApiException.badRequest("\"" + field + "\" is longer than " + max + " characters");
    }
    if (s.indexOf('\0') >= 0) {
      throw ApiException.badRequest("\"" + field + "\" holds a NUL character");
    }
    return s;
  }

  private static Iterable<JsonNode> array(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw ApiException.badRequest("\"" + field + "\" must be an array");
    }
    return v;
  }
}
