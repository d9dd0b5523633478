package org.zhuiguang.eval.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhuiguang.eval.gold.CitationLookup;
import org.zhuiguang.eval.gold.CitationLookup.FoundCitation;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.input.StatuteRef;
import org.zhuiguang.eval.report.EvalReport;
import org.zhuiguang.eval.report.Latency;

/**
 * The answer evaluation: gets one {@code ask --json} object per question (from a producer, timed,
 * or from another system's JSON Lines) and scores them. Its per-query file is {@code
 * answers.jsonl}: one object per line with the question's {@code "id"} added.
 */
public final class AnswerEvaluation {

  public static final String ANSWERS_FILE = "answers.jsonl";

  /** The answers as written to answers.jsonl, the per-question scores, and the report. */
  public record Result(List<ObjectNode> answers, AnswerScorer.Scores scores, EvalReport report) {

    /** The same result with one more report field. */
    public Result with(String field, Object value) {
      return new Result(answers, scores, report.with(field, value));
    }
  }

  private final CitationLookup lookup;

  public AnswerEvaluation(CitationLookup lookup) {
    this.lookup = lookup;
  }

  /** Asks the producer every question, timing each call; a failed call counts as no answer. */
  public Result run(List<EvalQuery> queries, AnswerProducer producer) {
    List<ObjectNode> answers = new ArrayList<>();
    List<Double> latencies = new ArrayList<>();
    int failures = 0;
    for (EvalQuery q : queries) {
      long start = System.nanoTime();
      ObjectNode answer;
      try {
        answer = producer.answer(q);
      } catch (Exception e) {
        failures++;
        answer = EvalJson.object();
        answer.put("error", String.valueOf(e.getMessage()));
      }
      latencies.add((System.nanoTime() - start) / 1_000_000.0);
      answers.add(withId(q.id(), answer == null ? EvalJson.object() : answer));
    }
    return score(queries, answers, Latency.of(latencies), "producer").with("failures", failures);
  }

  /**
   * Scores another system's answers: JSON Lines of {@code {"id", "answer", "citations"?}}. An
   * answer without structured citations gets those the citation resolver finds in its text, marked
   * {@code "extracted": true}.
   */
  public Result scoreExternal(List<EvalQuery> queries, List<JsonNode> external) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode a : external) {
      byId.putIfAbsent(EvalJson.text(a, "id"), a);
    }
    List<ObjectNode> answers = new ArrayList<>();
    int extracted = 0;
    for (EvalQuery q : queries) {
      JsonNode a = byId.get(q.id());
      if (a == null) {
        continue;
      }
      ObjectNode answer = a.deepCopy();
      JsonNode citations = answer.get("citations");
      if (citations == null || !citations.isArray() || citations.isEmpty()) {
        answer.set("citations", extract(EvalJson.text(answer, "answer")));
        extracted++;
      }
      if (!answer.has("mode")) {
        answer.put("mode", "external");
      }
      answers.add(withId(q.id(), answer));
    }
    return score(queries, answers, Latency.notMeasured(), "external")
        .with("answers_with_extracted_citations", extracted);
  }

  /** The citations written in an answer's text, each article once, marked as extracted. */
  public ArrayNode extract(String text) {
    ArrayNode out = EvalJson.mapper().createArrayNode();
    Set<String> seen = new LinkedHashSet<>();
    for (FoundCitation c : lookup.find(text)) {
      if (c.ref().isEmpty() || c.ref().get().article() <= 0) {
        continue;
      }
      StatuteRef ref = c.ref().get();
      if (!seen.add(ref.key())) {
        continue;
      }
      ObjectNode row = out.addObject();
      row.put("law", ref.law());
      row.put("article", ref.article());
      if (ref.suffix() > 0) {
        row.put("suffix", ref.suffix());
      }
      c.article().ifPresent(a -> row.put("version", a.version().toString()));
      row.put("text", "");
      row.put("found", c.text());
      row.put("extracted", true);
    }
    return out;
  }

  private Result score(
      List<EvalQuery> queries, List<ObjectNode> answers, Latency latency, String source) {
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    answers.forEach(a -> byId.put(EvalJson.text(a, "id"), a));
    AnswerScorer.Scores scores = new AnswerScorer(lookup).score(queries, byId);
    EvalReport report =
        new EvalReport(
            EvalReport.Kind.ANSWERS,
            queries.size(),
            scores.metrics(),
            latency,
            Map.of("source", source));
    return new Result(answers, scores, report);
  }

  private static ObjectNode withId(String id, ObjectNode answer) {
    ObjectNode row = EvalJson.object();
    row.put("id", id);
    answer
        .fieldNames()
        .forEachRemaining(
            f -> {
              if (!f.equals("id")) {
                row.set(f, answer.get(f));
              }
            });
    return row;
  }
}
