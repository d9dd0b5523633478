package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.plan.PlanJson;
import org.zhuiguang.assistant.service.LibraryService;

/** {@code POST /api/plans}: a dispute-resolution plan for a worker's narrative. */
@Path("/api/plans")
@Tag(name = "plans", description = "dispute-resolution plans (纠纷研判) for grid and circle workers")
public class PlanResource {

  /** The longest narrative accepted (SECURITY.md, bounded consumption). */
  static final int MAX_NARRATIVE = 20_000;

  private final LibraryService library;

  public PlanResource(LibraryService library) {
    this.library = library;
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
    if (body == null || body.isMissingNode() || body.isNull()) {
      throw new BadRequestException("the body is empty; send {\"narrative\": \"...\"}");
    }
    if (!body.isObject()) {
      throw new BadRequestException("the body must be a JSON object");
    }
    JsonNode narrativeNode = body.get("narrative");
    if (narrativeNode == null || narrativeNode.isNull()) {
      throw new BadRequestException("\"narrative\" is missing");
    }
    if (!narrativeNode.isTextual()) {
      throw new BadRequestException("\"narrative\" must be a string");
    }
    String narrative = narrativeNode.textValue().strip();
    if (narrative.isEmpty()) {
      throw new BadRequestException("\"narrative\" is empty");
    }
    if (narrative.length() > MAX_NARRATIVE) {
      throw new BadRequestException(
          "\"narrative\" is longer than " + MAX_NARRATIVE + " characters");
    }
    LocalDate occurredOn = occurredOn(body.get("occurred_on"));
    ObjectNode plan =
        PlanJson.toJson(PlanBuilder.withDefaults(library.get().catalog()).build(narrative));
    if (occurredOn != null) {
      plan.put("occurred_on", occurredOn.toString());
    }
    return plan;
  }

  private static LocalDate occurredOn(JsonNode node) {
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
