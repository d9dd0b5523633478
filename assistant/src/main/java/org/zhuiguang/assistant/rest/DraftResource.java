package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.answer.StatuteLibrary;
import org.zhuiguang.assistant.config.AssistantConfig;
import org.zhuiguang.assistant.llm.DraftAiWriter;
import org.zhuiguang.assistant.opinion.CaseFile;
import org.zhuiguang.assistant.opinion.DocxExport;
import org.zhuiguang.assistant.opinion.DraftAction;
import org.zhuiguang.assistant.opinion.DraftStatus;
import org.zhuiguang.assistant.opinion.DraftWorkflow;
import org.zhuiguang.assistant.opinion.DraftWriter;
import org.zhuiguang.assistant.opinion.OpinionDraft;
import org.zhuiguang.assistant.opinion.OpinionDraftBuilder;
import org.zhuiguang.assistant.opinion.OpinionLabels;
import org.zhuiguang.assistant.opinion.OpinionMetadata;
import org.zhuiguang.assistant.opinion.Role;
import org.zhuiguang.assistant.persistence.AssigneeEntity;
import org.zhuiguang.assistant.persistence.CaseEntity;
import org.zhuiguang.assistant.persistence.CommentEntity;
import org.zhuiguang.assistant.persistence.DecisionEntity;
import org.zhuiguang.assistant.persistence.DraftEntity;
import org.zhuiguang.assistant.persistence.DraftVersionEntity;
import org.zhuiguang.assistant.persistence.PartyEntity;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.security.ApiException;
import org.zhuiguang.assistant.security.Caller;
import org.zhuiguang.assistant.security.Guard;
import org.zhuiguang.assistant.service.LibraryService;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * Legal-opinion drafts: requested for a case, edited (every version kept), submitted, commented,
 * approved or rejected by an advisor who wrote none of it. Only the server sets the status.
 */
@Path("/api/drafts")
@Tag(name = "drafts", description = "legal-opinion drafts and their review")
public class DraftResource {

  static final Set<Role> READ = EnumSet.of(Role.WORKER, Role.MEDIATOR, Role.ADVISOR);
  static final int MAX_BODY = 100_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Guard guard;
  private final LibraryService library;
  private final Optional<DraftWriter> writer;
  private final boolean maskPersonalData;
  private final DraftWorkflow workflow = new DraftWorkflow();

  public DraftResource(
      Guard guard, LibraryService library, DraftAiWriter writer, AssistantConfig config) {
    this.guard = guard;
    this.library = library;
    this.writer =
        config.llm().baseUrl().filter(url -> !url.isBlank()).map(url -> (DraftWriter) writer);
    this.maskPersonalData = !config.llm().local();
  }

  /** The builder for the library served now: made once per catalog, not per request. */
  private OpinionDraftBuilder builder() {
    StatuteLibrary lib = library.get();
    BuilderForCatalog current = builders.get();
    if (current == null || current.catalog() != lib.catalog()) {
      OpinionDraftBuilder b =
          new OpinionDraftBuilder(PlanBuilder.withDefaults(lib.catalog()), Clock.systemUTC());
      if (writer.isPresent()) {
        b = b.withWriter(writer.get(), lib.citations(), maskPersonalData);
      }
      current = new BuilderForCatalog(lib.catalog(), b);
      builders.set(current);
    }
    return current.builder();
  }

  private record BuilderForCatalog(StatuteCatalog catalog, OpinionDraftBuilder builder) {}

  /** The resource is a singleton (Quarkus REST's default), so this is shared by every request. */
  private final AtomicReference<BuilderForCatalog> builders = new AtomicReference<>();

  /**
   * Builds a draft for the case ({@code POST /api/cases/{id}/drafts}); 201 with the draft. The
   * draft is built (in LLM mode, the model asked) before the audited transaction, which holds the
   * audit trail's lock: a slow model never holds up other audited actions. The transaction then
   * checks the caller and the case again and stores the draft with its audit row.
   */
  Response create(long caseId, JsonNode body) {
    String question =
        body != null && body.isObject() ? CaseResource.text(body, "question", 2000, false) : "";
    Set<Role> roles = DraftWorkflow.rolesFor(DraftAction.EDIT);
    Caller early = guard.caller();
    Optional<OpinionDraft> prebuilt =
        early == null || roles.stream().noneMatch(early::has)
            ? Optional.empty()
            : caseFile(caseId, early).map(file -> builder().build(file, question));
    Map<String, Object> json =
        guard.act(
            "draft.create",
            "case/" + caseId,
            roles,
            (caller, target) -> {
              CaseEntity c = CaseResource.visible(caseId, caller);
              // Visible now but not a moment ago (just assigned): built here, rarely.
              OpinionDraft built = prebuilt.orElseGet(() -> builder().build(caseFile(c), question));
              DraftEntity d = new DraftEntity();
              d.caseId = c.id;
              d.status = DraftStatus.DRAFT.key();
              d.currentVersion = 1;
              d.createdBy = caller.user();
              d.createdAt = built.metadata().createdAt();
              d.persist();
              saveVersion(
                  d,
                  1,
                  built.body(),
                  citations(built.citations()),
                  metadata(built.metadata(), built.mode(), built.fallback().orElse("")),
                  built.metadata().createdAt(),
                  caller);
              target.set("draft/" + d.id);
              return view(d);
            });
    return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
  }

  /** The case file if the case is visible to the caller, read in a transaction of its own. */
  private static Optional<CaseFile> caseFile(long caseId, Caller caller) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try {
                return Optional.of(caseFile(CaseResource.visible(caseId, caller)));
              } catch (ApiException e) {
                return Optional.<CaseFile>empty();
              }
            });
  }

  private static CaseFile caseFile(CaseEntity c) {
    return new CaseFile(
        c.title, c.narrative, PartyEntity.ofCase(c.id).stream().map(PartyEntity::toParty).toList());
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Drafts of the caller's cases; ?status=in_review is the review queue")
  public Map<String, Object> list(@QueryParam("status") String status) {
    return guard.act(
        "draft.list",
        "drafts",
        READ,
        (caller, target) -> {
          Set<Long> cases = new LinkedHashSet<>(AssigneeEntity.casesOf(caller.user()));
          CaseEntity.<CaseEntity>list("createdBy", caller.user()).forEach(c -> cases.add(c.id));
          List<Map<String, Object>> out = new ArrayList<>();
          for (Long caseId : cases) {
            CaseEntity c = CaseEntity.findById(caseId);
            for (DraftEntity d : DraftEntity.<DraftEntity>list("caseId = ?1 order by id", caseId)) {
              if (status == null || status.isBlank() || status.equals(d.status)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", d.id);
                row.put("case_id", caseId);
                row.put("case_title", c.title);
                row.put("status", d.status);
                row.put("version", d.currentVersion);
                row.put("created_by", d.createdBy);
                row.put("stale", !"[]".equals(d.staleCitations));
                out.add(row);
              }
            }
          }
          return Map.of("drafts", out);
        });
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A draft's current version with its metadata, comments and decisions")
  public Map<String, Object> get(@PathParam("id") long id) {
    return guard.act(
        "draft.view",
        "draft/" + id,
        READ,
        (caller, target) -> {
          Map<String, Object> json = view(visible(id, caller));
          List<Map<String, Object>> comments = new ArrayList<>();
          for (CommentEntity c : CommentEntity.ofDraft(id)) {
            comments.add(
                Map.of(
                    "author", c.author,
                    "version", c.version,
                    "text", c.text,
                    "created_at", c.createdAt.toString()));
          }
          json.put("comments", comments);
          List<Map<String, Object>> decisions = new ArrayList<>();
          for (DecisionEntity d : DecisionEntity.ofDraft(id)) {
            decisions.add(
                Map.of(
                    "decision", d.decision,
                    "version", d.version,
                    "reviewer", d.reviewer,
                    "reason", d.reason,
                    "decided_at", d.decidedAt.toString()));
          }
          json.put("decisions", decisions);
          return json;
        });
  }

  @GET
  @Path("/{id}/versions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every version of a draft, oldest first")
  public Map<String, Object> versions(@PathParam("id") long id) {
    return guard.act(
        "draft.versions",
        "draft/" + id,
        READ,
        (caller, target) -> {
          visible(id, caller);
          List<Map<String, Object>> out = new ArrayList<>();
          for (DraftVersionEntity v : DraftVersionEntity.ofDraft(id)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("version", v.version);
            row.put("author", v.author);
            row.put("created_at", v.createdAt.toString());
            row.put("body", v.body);
            row.put("metadata", tree(v.metadata));
            out.add(row);
          }
          return Map.of("versions", out);
        });
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Saves a new version {\"body\"}; a rejected draft goes back to draft")
  public Map<String, Object> edit(@PathParam("id") long id, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("send {\"body\": \"...\"}");
    }
    String text = CaseResource.text(body, "body", MAX_BODY, true);
    return guard.act(
        "draft.edit",
        "draft/" + id,
        DraftWorkflow.rolesFor(DraftAction.EDIT),
        (caller, target) -> {
          DraftEntity d = visible(id, caller);
          DraftStatus next = transition(d, DraftAction.EDIT, caller);
          DraftVersionEntity current = DraftVersionEntity.of(id, d.currentVersion).orElseThrow();
          String labelled =
              text.startsWith(OpinionLabels.AI_LABEL)
                  ? text
                  : OpinionLabels.AI_LABEL + "\n\n" + text;
          JsonNode previous = tree(current.metadata);
          OpinionMetadata m =
              OpinionMetadata.of(
                  previous.path("producer").asText(OpinionLabels.PRODUCER),
                  UUID.randomUUID().toString(),
                  previous.path("model").asText(OpinionMetadata.NO_MODEL),
                  Instant.now(),
                  labelled);
          d.currentVersion++;
          d.status = next.key();
          saveVersion(
              d,
              d.currentVersion,
              labelled,
              current.citations,
              metadata(
                  m,
                  previous.path("mode").asText(OpinionDraft.OFFLINE),
                  previous.path("fallback").asText("")),
              m.createdAt(),
              caller);
          return view(d);
        });
  }

  @POST
  @Path("/{id}/submit")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sends the draft to review (-> in_review); 409 unless it is a draft")
  public Map<String, Object> submit(@PathParam("id") long id) {
    return decide(id, DraftAction.SUBMIT, "");
  }

  @POST
  @Path("/{id}/approve")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approves the version in review (advisor, not an author); 409 otherwise")
  public Map<String, Object> approve(@PathParam("id") long id) {
    return decide(id, DraftAction.APPROVE, "");
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rejects the version in review with {\"reason\"} (advisor, not an author)")
  public Map<String, Object> reject(@PathParam("id") long id, JsonNode body) {
    String reason =
        body != null && body.isObject() ? CaseResource.text(body, "reason", 20_000, false) : "";
    return decide(id, DraftAction.REJECT, reason);
  }

  @GET
  @Path("/{id}/export.docx")
  @Produces({DocxExport.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(summary = "The approved opinion as DOCX (label in the body, metadata in properties)")
  public Response export(@PathParam("id") long id) {
    byte[] docx =
        guard.act(
            "draft.export",
            "draft/" + id,
            READ,
            (caller, target) -> {
              DraftEntity d = visible(id, caller);
              if (!DraftStatus.APPROVED.key().equals(d.status)) {
                throw new ApiException(
                    409, "conflict", "only approved drafts are exported; this one is " + d.status);
              }
              Map<String, Object> view = view(d);
              Map<String, String> metadata = new LinkedHashMap<>();
              ((JsonNode) view.get("metadata"))
                  .properties()
                  .forEach(e -> metadata.put(e.getKey(), e.getValue().asText()));
              metadata.remove("label_text");
              String title = "法律意见书（案件" + d.caseId + "，草稿" + d.id + "）";
              return DocxExport.write(title, (String) view.get("body"), metadata);
            });
    return Response.ok(docx, DocxExport.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"opinion-" + id + ".docx\"")
        .build();
  }

  @POST
  @Path("/{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Adds a comment {\"text\"} on the current version; 201")
  public Response comment(@PathParam("id") long id, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("send {\"text\": \"...\"}");
    }
    String text = CaseResource.text(body, "text", 20_000, true);
    Map<String, Object> json =
        guard.act(
            "draft.comment",
            "draft/" + id,
            DraftWorkflow.rolesFor(DraftAction.COMMENT),
            (caller, target) -> {
              DraftEntity d = visible(id, caller);
              transition(d, DraftAction.COMMENT, caller);
              CommentEntity c = new CommentEntity();
              c.draftId = id;
              c.version = d.currentVersion;
              c.author = caller.user();
              c.text = text;
              c.createdAt = Instant.now();
              c.persist();
              return Map.<String, Object>of(
                  "id", c.id, "draft_id", id, "version", c.version, "author", c.author);
            });
    return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
  }

  private Map<String, Object> decide(long id, DraftAction action, String reason) {
    return guard.act(
        action.auditName(),
        "draft/" + id,
        DraftWorkflow.rolesFor(action),
        (caller, target) -> {
          DraftEntity d = visible(id, caller);
          DraftStatus next = transition(d, action, caller);
          // The database keeps microseconds: what the reply shows is what is stored.
          Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
          d.status = next.key();
          if (action == DraftAction.APPROVE || action == DraftAction.REJECT) {
            DecisionEntity decision = new DecisionEntity();
            decision.draftId = id;
            decision.version = d.currentVersion;
            decision.decision = next.key();
            decision.reviewer = caller.user();
            decision.reason = reason;
            decision.decidedAt = now;
            decision.persist();
          }
          if (action == DraftAction.APPROVE) {
            d.reviewer = caller.user();
            d.approvedAt = now;
          }
          return view(d);
        });
  }

  private DraftStatus transition(DraftEntity d, DraftAction action, Caller caller) {
    Set<String> authors = new LinkedHashSet<>();
    authors.add(d.createdBy);
    DraftVersionEntity.ofDraft(d.id).forEach(v -> authors.add(v.author));
    DraftStatus status = DraftStatus.of(d.status).orElseThrow();
    return workflow.next(status, action, caller.user(), caller.roles(), authors);
  }

  /** The draft if its case is visible to the caller; else 404. */
  static DraftEntity visible(long id, Caller caller) {
    DraftEntity d = DraftEntity.findById(id);
    if (d == null) {
      throw ApiException.notFound("draft " + id);
    }
    try {
      CaseResource.visible(d.caseId, caller);
    } catch (ApiException e) {
      throw ApiException.notFound("draft " + id);
    }
    return d;
  }

  private static void saveVersion(
      DraftEntity d,
      int version,
      String body,
      String citations,
      String metadata,
      Instant at,
      Caller by) {
    DraftVersionEntity v = new DraftVersionEntity();
    v.draftId = d.id;
    v.version = version;
    v.body = body;
    v.citations = citations;
    v.metadata = metadata;
    v.author = by.user();
    v.createdAt = at;
    v.persist();
  }

  static String citations(List<StatuteArticle> articles) {
    ArrayNode out = JSON.createArrayNode();
    for (StatuteArticle a : articles) {
      ObjectNode o = out.addObject();
      o.put("law", a.law());
      o.put("article", a.number().number());
      if (a.number().suffix() > 0) {
        o.put("suffix", a.number().suffix());
      }
      o.put("version", a.version().toString());
      o.put("text", a.text());
    }
    return out.toString();
  }

  /**
   * A version's metadata as stored: the label, producer, content id, model, time and hash, how the
   * prose was written ({@code mode} llm or offline) and, when LLM mode fell back to the offline
   * prose, why ({@code fallback}).
   */
  private static String metadata(OpinionMetadata m, String mode, String fallback) {
    ObjectNode o = JSON.createObjectNode();
    o.put("label", m.label());
    o.put("label_text", OpinionLabels.AI_LABEL);
    o.put("producer", m.producer());
    o.put("content_id", m.contentId());
    o.put("model", m.model());
    o.put("created_at", m.createdAt().toString());
    o.put("sha256", m.sha256());
    o.put("mode", mode);
    if (!fallback.isEmpty()) {
      o.put("fallback", fallback);
    }
    return o.toString();
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }

  /** The draft with its current version; approval adds reviewer and date to the metadata. */
  static Map<String, Object> view(DraftEntity d) {
    DraftVersionEntity v = DraftVersionEntity.of(d.id, d.currentVersion).orElseThrow();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", d.id);
    json.put("case_id", d.caseId);
    json.put("status", d.status);
    json.put("version", d.currentVersion);
    json.put("created_by", d.createdBy);
    json.put("author", v.author);
    json.put("body", v.body);
    json.put("citations", tree(v.citations));
    ObjectNode metadata = (ObjectNode) tree(v.metadata);
    if (d.reviewer != null) {
      metadata.put("reviewer", d.reviewer);
      metadata.put("approved_at", d.approvedAt.toString());
    }
    json.put("metadata", metadata);
    json.put("stale_citations", tree(d.staleCitations));
    return json;
  }
}
