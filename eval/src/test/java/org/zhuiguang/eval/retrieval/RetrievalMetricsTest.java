package org.zhuiguang.eval.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhuiguang.eval.TinyCorpus;
import org.zhuiguang.eval.gold.CatalogCitationLookup;
import org.zhuiguang.eval.gold.GoldResolver;
import org.zhuiguang.eval.gold.QueryGold;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.report.EvalReport;
import org.zhuiguang.eval.report.Latency;

class RetrievalMetricsTest {

  private static final double EXACT = 1e-12;

  @Test
  void oneQueryByHand() {
    QueryGold gold = new QueryGold("q", Set.of("a|1|0", "b|2|0"), 0);
    Map<String, Double> m =
        RetrievalMetrics.score(List.of("x|1|0", "b|2|0", "y|1|0", "a|1|0"), gold);
    assertEquals(0.0, m.get("recall@1"), EXACT);
    assertEquals(1.0, m.get("recall@5"), EXACT);
    assertEquals(0.5, m.get("mrr@10"), EXACT);
    double dcg = 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(5) / Math.log(2));
    double idcg = 1 + 1 / (Math.log(3) / Math.log(2));
    assertEquals(dcg / idcg, m.get("ndcg@10"), EXACT);
  }

  @Test
  void goldBeyondTheCutOffCountsOnlyInDeeperRecall() {
    QueryGold gold = new QueryGold("q", Set.of("g|1|0"), 0);
    List<String> ranked = new java.util.ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      ranked.add("x|" + i + "|0");
    }
    ranked.add("g|1|0");
    Map<String, Double> m = RetrievalMetrics.score(ranked, gold);
    assertEquals(0.0, m.get("recall@10"), EXACT);
    assertEquals(1.0, m.get("recall@20"), EXACT);
    assertEquals(0.0, m.get("mrr@10"), EXACT);
    assertEquals(0.0, m.get("ndcg@10"), EXACT);
  }

  /**
   * Agreement with tools/trec_eval.py on the tiny fixtures. {@code python3 trec_eval.py
   * tiny/queries.jsonl tiny/run.trec} prints R@1=0.2000 R@5=0.5000 R@10=0.5000 R@20=0.7000
   * R@100=0.7000 MRR@10=0.5000 nDCG@10=0.4328 n=5; the same figures were worked out by hand (one
   * unresolvable gold article stays in q3's denominator, q5 has no run line, the run file's lines
   * are out of rank order).
   */
  @Test
  void agreesWithTrecEvalOnTheTinyRun() throws IOException {
    List<EvalQuery> queries = EvalQuery.read(TinyCorpus.dir().resolve("queries.jsonl"));
    Map<String, QueryGold> gold =
        new GoldResolver(new CatalogCitationLookup(TinyCorpus.load())).resolveAll(queries);
    TrecRun run = TrecRun.read(TinyCorpus.dir().resolve("run.trec"));
    EvalReport report = RetrievalEvaluation.score(run, gold, Latency.notMeasured()).report();
    Map<String, Double> m = report.metrics();
    assertEquals(5, report.queries());
    assertEquals(0.2000, EvalReport.round4(m.get("recall@1")), EXACT);
    assertEquals(0.5000, EvalReport.round4(m.get("recall@5")), EXACT);
    assertEquals(0.5000, EvalReport.round4(m.get("recall@10")), EXACT);
    assertEquals(0.7000, EvalReport.round4(m.get("recall@20")), EXACT);
    assertEquals(0.7000, EvalReport.round4(m.get("recall@100")), EXACT);
    assertEquals(0.5000, EvalReport.round4(m.get("mrr@10")), EXACT);
    assertEquals(0.4328, EvalReport.round4(m.get("ndcg@10")), EXACT);
    assertEquals(1.0, m.get("unresolved_gold"), EXACT);
  }
}
