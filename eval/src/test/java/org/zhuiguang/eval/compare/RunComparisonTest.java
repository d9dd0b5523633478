package org.zhuiguang.eval.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

  @Test
  void countsWinsLossesTiesAndRanksMovers() {
    Map<String, Map<String, Double>> base = new LinkedHashMap<>();
    base.put("q1", Map.of("ndcg@10", 0.5));
    base.put("q2", Map.of("ndcg@10", 1.0));
    base.put("q3", Map.of("ndcg@10", 0.0));
    base.put("q4", Map.of("ndcg@10", 0.25));
    Map<String, Map<String, Double>> changed = new LinkedHashMap<>();
    changed.put("q1", Map.of("ndcg@10", 0.75));
    changed.put("q2", Map.of("ndcg@10", 0.0));
    changed.put("q3", Map.of("ndcg@10", 0.0));
    RunComparison c = RunComparison.of("a", base, "b", changed, List.of("ndcg@10"));
    RunComparison.MetricComparison m = c.metrics().get(0);
    assertEquals(1, m.wins());
    assertEquals(2, m.losses()); // q4 is missing from the new run: 0
    assertEquals(1, m.ties());
    assertEquals(0.4375, m.baseMean(), 1e-12);
    assertEquals(0.1875, m.newMean(), 1e-12);
    List<RunComparison.Delta> movers = m.biggestMovers(2);
    assertEquals("q2", movers.get(0).queryId());
    assertEquals("q1", movers.get(1).queryId()); // |+0.25| ties |-0.25| of q4: by query id
    String md = c.markdown(5);
    assertTrue(md.contains("| ndcg@10 | 0.4375 | 0.1875 | -0.2500 | 1 | 2 | 1 |"), md);
    assertEquals(-1.0, c.toJson(5).get("per_query").get("q2").get("ndcg@10").doubleValue());
  }
}
