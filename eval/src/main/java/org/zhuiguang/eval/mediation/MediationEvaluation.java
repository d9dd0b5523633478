package org.zhuiguang.eval.mediation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhuiguang.eval.gold.CitationLookup;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.input.MediationCase;
import org.zhuiguang.eval.report.EvalReport;
import org.zhuiguang.eval.report.Latency;

/**
 * The mediation evaluation: gets one {@code plan --json} object per case (from a producer, timed,
 * or from a plans file) and scores them. Its per-query file is {@code plans.jsonl}: one object per
 * line with the case's {@code "id"} added.
 */
public final class MediationEvaluation {

  public static final String PLANS_FILE = "plans.jsonl";

  public record Result(List<ObjectNode> plans, PlanScorer.Scores scores, EvalReport report) {}

  private final CitationLookup lookup;

  public MediationEvaluation(CitationLookup lookup) {
    this.lookup = lookup;
  }

  /** Plans every case with the producer, timing each call; a failed call counts as no plan. */
  public Result run(List<MediationCase> cases, PlanProducer producer) {
    List<ObjectNode> plans = new ArrayList<>();
    List<Double> latencies = new ArrayList<>();
    int failures = 0;
    for (MediationCase c : cases) {
      long start = System.nanoTime();
      ObjectNode plan;
      try {
        plan = producer.plan(c);
      } catch (Exception e) {
        failures++;
        plan = null;
      }
      latencies.add((System.nanoTime() - start) / 1_000_000.0);
      if (plan != null) {
        plans.add(withId(c.id(), plan));
      }
    }
    Result r = score(cases, plans, Latency.of(latencies), "producer");
    return new Result(r.plans(), r.scores(), r.report().with("failures", failures));
  }

  /** Scores plans made elsewhere: JSON objects each with the case's "id". */
  public Result scoreExisting(List<MediationCase> cases, List<JsonNode> existing) {
    List<ObjectNode> plans = new ArrayList<>();
    for (JsonNode p : existing) {
      if (p.isObject()) {
        plans.add(withId(EvalJson.text(p, "id"), (ObjectNode) p));
      }
    }
    return score(cases, plans, Latency.notMeasured(), "plans file");
  }

  private Result score(
      List<MediationCase> cases, List<ObjectNode> plans, Latency latency, String source) {
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    plans.forEach(p -> byId.put(EvalJson.text(p, "id"), p));
    PlanScorer.Scores scores = new PlanScorer(lookup).score(cases, byId);
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("source", source);
    extra.put("plans_found", scores.plansFound());
    EvalReport report =
        new EvalReport(EvalReport.Kind.MEDIATION, cases.size(), scores.metrics(), latency, extra);
    return new Result(plans, scores, report);
  }

  private static ObjectNode withId(String id, ObjectNode plan) {
    ObjectNode row = EvalJson.object();
    row.put("id", id);
    plan.fieldNames()
        .forEachRemaining(
            f -> {
              if (!f.equals("id")) {
                row.set(f, plan.get(f));
              }
            });
    return row;
  }
}
