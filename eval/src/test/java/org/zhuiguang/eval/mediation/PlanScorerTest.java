package org.zhuiguang.eval.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhuiguang.eval.TinyCorpus;
import org.zhuiguang.eval.gold.CatalogCitationLookup;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.input.MediationCase;
import org.zhuiguang.eval.report.EvalReport;

class PlanScorerTest {

  private static final double EXACT = 1e-12;

  /**
   * Agreement with tools/score_plans.py: {@code python3 score_plans.py tiny/corpus tiny/cases.jsonl
   * tiny/plans.jsonl} prints type 0.5, risk 0.0, escalation 0.5, gold_article_recall 0.25,
   * article_precision 0.375, department_recall 0.1667, department_precision 0.25, citation_validity
   * 0.75, completeness 0.5, plans_found 1.
   */
  @Test
  void agreesWithScorePlansOnTheTinyPlans() throws IOException {
    List<MediationCase> cases = MediationCase.read(TinyCorpus.dir().resolve("cases.jsonl"));
    List<JsonNode> plans = EvalJson.readLines(TinyCorpus.dir().resolve("plans.jsonl"));
    MediationEvaluation.Result r =
        new MediationEvaluation(new CatalogCitationLookup(TinyCorpus.load()))
            .scoreExisting(cases, plans);
    Map<String, Double> m = r.report().metrics();
    assertEquals(PlanScorer.METRICS, List.copyOf(m.keySet()));
    assertEquals(0.5, m.get("type_accuracy"), EXACT);
    assertEquals(0.0, m.get("risk_accuracy"), EXACT);
    assertEquals(0.5, m.get("escalation_accuracy"), EXACT);
    assertEquals(0.25, m.get("gold_article_recall"), EXACT);
    assertEquals(0.375, m.get("article_precision"), EXACT);
    assertEquals(0.1667, EvalReport.round4(m.get("department_recall")), EXACT);
    assertEquals(0.25, m.get("department_precision"), EXACT);
    assertEquals(0.75, m.get("citation_validity"), EXACT);
    assertEquals(0.5, m.get("completeness"), EXACT);
    assertEquals(1, r.scores().plansFound());
    assertEquals(2, r.report().queries());
  }

  @Test
  void completenessNeedsEverySectionAndTwoParties() throws IOException {
    ObjectNode plan =
        (ObjectNode) EvalJson.readLines(TinyCorpus.dir().resolve("plans.jsonl")).get(0);
    assertTrue(PlanScorer.complete(plan));
    ObjectNode oneParty = plan.deepCopy();
    oneParty.putArray("parties").addObject().put("name", "罗姐");
    assertFalse(PlanScorer.complete(oneParty));
    ObjectNode noFallbacks = plan.deepCopy();
    noFallbacks.putArray("fallbacks");
    assertFalse(PlanScorer.complete(noFallbacks));
    ObjectNode blankReason = plan.deepCopy();
    blankReason.put("risk_reason", "");
    assertFalse(PlanScorer.complete(blankReason));
  }
}
