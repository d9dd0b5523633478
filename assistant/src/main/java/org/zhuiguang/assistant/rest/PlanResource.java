package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.answer.StatuteLibrary;
import org.zhuiguang.assistant.config.AssistantConfig;
import org.zhuiguang.assistant.llm.PlanAiWriter;
import org.zhuiguang.assistant.opinion.DocxExport;
import org.zhuiguang.assistant.plan.DisputePlan;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.plan.PlanJson;
import org.zhuiguang.assistant.plan.PlanMarkdown;
import org.zhuiguang.assistant.plan.llm.LlmPlanner;
import org.zhuiguang.assistant.plan.llm.PlanNarrator;
import org.zhuiguang.assistant.service.LibraryService;
import org.zhuiguang.corpus.StatuteCatalog;

/** {@code POST /api/plans}: a dispute-resolution plan for a worker's narrative. */
@Path("/api/plans")
@Tag(name = "plans", description = "dispute-resolution plans (纠纷研判) for grid and circle workers")
public class PlanResource {

  static final String MARKDOWN = "text/markdown";

  private final LibraryService library;
  private final Optional<PlanNarrator> narrator;
  private final boolean maskPersonalData;

  public PlanResource(LibraryService library, PlanAiWriter writer, AssistantConfig config) {
    this.library = library;
    this.narrator =
        config.llm().baseUrl().filter(url -> !url.isBlank()).map(url -> (PlanNarrator) writer);
    this.maskPersonalData = !config.llm().local();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Builds a dispute-resolution plan",
      description =
          "Body {\"narrative\": \"...\", \"occurred_on\": \"optional YYYY-MM-DD\"}; the plan is the"
              + " JSON of ./zg plan --json: type, risk grade and reason, escalation, deadlines,"
              + " parties with their likely moves, articles quoted from the index, departments,"
              + " steps, options, fallbacks.")
  public ObjectNode plan(JsonNode body) {
    PlanRequest request = PlanRequest.of(body);
    ObjectNode plan = PlanJson.toJson(build(request));
    request.occurredOn().ifPresent(day -> plan.put("occurred_on", day.toString()));
    return plan;
  }

  @POST
  @Path("/export")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MARKDOWN, DocxExport.MEDIA_TYPE})
  @Operation(
      summary = "Exports a dispute-resolution plan",
      description =
          "The same body as POST /api/plans; ?format=md (default) gives Markdown, ?format=docx a"
              + " Word document with the label and metadata in its properties.")
  public Response export(@QueryParam("format") String format, JsonNode body) {
    String kind = format == null || format.isBlank() ? "md" : format.strip();
    if (!kind.equals("md") && !kind.equals("docx")) {
      throw new BadRequestException("format must be md or docx");
    }
    DisputePlan plan = build(PlanRequest.of(body));
    String markdown = PlanMarkdown.render(plan);
    if (kind.equals("md")) {
      return Response.ok(markdown, MARKDOWN + ";charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"plan.md\"")
          .build();
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("label", "ai-assisted");
    metadata.put("producer", "追光助理 Zhuiguang Assistant");
    metadata.put("content_id", UUID.randomUUID().toString());
    metadata.put(
        "model",
        plan.mode().equals(LlmPlanner.LLM)
            ? narrator.map(PlanNarrator::model).orElse(LlmPlanner.LLM)
            : PlanBuilder.GROUNDED);
    metadata.put("created_at", Instant.now().toString());
    metadata.put("sha256", sha256(markdown));
    return Response.ok(DocxExport.write("纠纷研判方案", markdown, metadata), DocxExport.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"plan.docx\"")
        .build();
  }

  /** The offline plan, refined by the model in LLM mode (falling back to offline, saying so). */
  private DisputePlan build(PlanRequest request) {
    StatuteLibrary lib = library.get();
    DisputePlan offline = builder(lib.catalog()).build(request.narrative(), request.occurredOn());
    if (narrator.isEmpty()) {
      return offline;
    }
    return new LlmPlanner(narrator.get(), lib.catalog(), lib.citations(), maskPersonalData)
        .refine(offline, request.occurredOn());
  }

  /** A builder over the catalog served now; its rule files are read once per catalog. */
  private PlanBuilder builder(StatuteCatalog catalog) {
    BuilderForCatalog current = builder;
    if (current == null || current.catalog() != catalog) {
      current = new BuilderForCatalog(catalog, PlanBuilder.withDefaults(catalog));
      builder = current;
    }
    return current.builder();
  }

  private record BuilderForCatalog(StatuteCatalog catalog, PlanBuilder builder) {}

  private volatile BuilderForCatalog builder;

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A checked plan request: the narrative and the optional day the dispute arose. */
  record PlanRequest(String narrative, Optional<LocalDate> occurredOn) {

    static PlanRequest of(JsonNode body) {
      if (body == null || body.isMissingNode() || body.isNull()) {
        throw new BadRequestException("the body is empty; send {\"narrative\": \"...\"}");
      }
      if (!body.isObject()) {
        throw new BadRequestException("the body must be a JSON object");
      }
      String narrative = CaseResource.text(body, "narrative", PlanBuilder.MAX_NARRATIVE, true);
      return new PlanRequest(narrative, Optional.ofNullable(parseDay(body.get("occurred_on"))));
    }
  }

  private static LocalDate parseDay(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadRequestException("\"occurred_on\" must be a date string YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(node.textValue());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          "\"occurred_on\" is not a date YYYY-MM-DD: " + node.textValue());
    }
  }
}
