package org.zhuiguang.eval.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation question: {@code {"id", "question", "gold": [ref...], "reference_answer"?}}.
 *
 * @param referenceAnswer the lawyer's answer of the answer sets (lecoqa), empty otherwise
 */
public record EvalQuery(
    String id, String question, List<StatuteRef> gold, Optional<String> referenceAnswer) {

  public EvalQuery {
    gold = List.copyOf(gold);
  }

  public static EvalQuery fromJson(JsonNode node) {
    String id = EvalJson.text(node, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a query without an id: " + node);
    }
    List<StatuteRef> gold = new ArrayList<>();
    JsonNode refs = node.get("gold");
    if (refs != null && refs.isArray()) {
      for (JsonNode ref : refs) {
        gold.add(StatuteRef.fromJson(ref));
      }
    }
    JsonNode reference = node.get("reference_answer");
    return new EvalQuery(
        id,
        EvalJson.text(node, "question"),
        gold,
        reference != null && reference.isTextual()
            ? Optional.of(reference.asText())
            : Optional.empty());
  }

  /**
   * Reads a queries file. Every query needs an id (unique) and at least one gold reference: a query
   * without gold cannot be scored, so the file is rejected rather than silently shrunk.
   */
  public static List<EvalQuery> read(Path file) throws IOException {
    List<EvalQuery> queries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode node : EvalJson.readLines(file)) {
      EvalQuery query = fromJson(node);
      if (!ids.add(query.id())) {
        throw new IllegalArgumentException(file + " has the query id twice: " + query.id());
      }
      if (query.gold().isEmpty()) {
        throw new IllegalArgumentException(file + ": query " + query.id() + " has no gold");
      }
      queries.add(query);
    }
    return queries;
  }
}
