package org.zhuiguang.eval.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One mediation case of {@code mediation-*.jsonl}: the narrative and the gold plan facts.
 *
 * @param source the case as read, for fields the scorer does not name
 */
public record MediationCase(
    String id,
    String title,
    String narrative,
    String disputeType,
    String riskLevel,
    String escalation,
    List<StatuteRef> goldArticles,
    List<StatuteRef> acceptableArticles,
    List<String> departments,
    JsonNode source) {

  public MediationCase {
    goldArticles = List.copyOf(goldArticles);
    acceptableArticles = List.copyOf(acceptableArticles);
    departments = List.copyOf(departments);
  }

  public static MediationCase fromJson(JsonNode node) {
    String id = EvalJson.text(node, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a case without an id: " + node);
    }
    List<String> departments = new ArrayList<>();
    JsonNode deps = node.get("departments");
    if (deps != null && deps.isArray()) {
      deps.forEach(d -> departments.add(d.asText()));
    }
    return new MediationCase(
        id,
        EvalJson.text(node, "title"),
        EvalJson.text(node, "narrative"),
        EvalJson.text(node, "dispute_type"),
        EvalJson.text(node, "risk_level"),
        EvalJson.text(node, "escalation"),
        refs(node.get("gold_articles")),
        refs(node.get("acceptable_articles")),
        departments,
        node);
  }

  /** Reads a cases file; ids must be unique and every case needs gold articles and departments. */
  public static List<MediationCase> read(Path file) throws IOException {
    List<MediationCase> cases = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode node : EvalJson.readLines(file)) {
      MediationCase c = fromJson(node);
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException(file + " has the case id twice: " + c.id());
      }
      if (c.goldArticles().isEmpty() || c.departments().isEmpty()) {
        throw new IllegalArgumentException(
            file + ": case " + c.id() + " has no gold articles or no departments");
      }
      cases.add(c);
    }
    return cases;
  }

  private static List<StatuteRef> refs(JsonNode array) {
    List<StatuteRef> refs = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(r -> refs.add(StatuteRef.fromJson(r)));
    }
    return refs;
  }
}
