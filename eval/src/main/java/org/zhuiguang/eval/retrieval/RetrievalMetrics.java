package org.zhuiguang.eval.retrieval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhuiguang.eval.gold.QueryGold;

/**
 * The retrieval metrics of INTERFACES.md, computed exactly as tools/trec_eval.py does: recall at 1,
 * 5, 10, 20 and 100 (share of the query's gold in the top k), reciprocal rank of the first gold in
 * the top 10, and nDCG@10 with binary relevance (ideal DCG over min(10, |gold|) positions).
 */
public final class RetrievalMetrics {

  /** The recall cut-offs. */
  public static final List<Integer> RECALL_AT = List.of(1, 5, 10, 20, 100);

  /** The metric names, in report order (unresolved_gold comes last and is a count). */
  public static final List<String> NAMES =
      List.of("recall@1", "recall@5", "recall@10", "recall@20", "recall@100", "mrr@10", "ndcg@10");

  private RetrievalMetrics() {}

  /** The metrics of one query's ranking. */
  public static Map<String, Double> score(List<String> ranked, QueryGold gold) {
    Set<String> relevant = gold.relevant();
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k : RECALL_AT) {
      Set<String> top = new HashSet<>(ranked.subList(0, Math.min(k, ranked.size())));
      long found = relevant.stream().filter(top::contains).count();
      m.put("recall@" + k, (double) found / relevant.size());
    }
    double rr = 0.0;
    double dcg = 0.0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        if (rr == 0.0) {
          rr = 1.0 / (i + 1);
        }
        dcg += 1.0 / log2(i + 2);
      }
    }
    double idcg = 0.0;
    for (int i = 0; i < Math.min(10, relevant.size()); i++) {
      idcg += 1.0 / log2(i + 2);
    }
    m.put("mrr@10", rr);
    m.put("ndcg@10", dcg / idcg);
    return m;
  }

  /** Per-query metrics of a whole run, in the order of the gold map. */
  public static Map<String, Map<String, Double>> perQuery(
      TrecRun run, Map<String, QueryGold> gold) {
    Map<String, Map<String, Double>> perQuery = new LinkedHashMap<>();
    gold.forEach((qid, g) -> perQuery.put(qid, score(run.ranked(qid), g)));
    return perQuery;
  }

  /**
   * The report's metrics: each averaged over every query (a query the run misses scores 0), then
   * {@code unresolved_gold}, the number of gold references the corpus could not resolve.
   */
  public static Map<String, Double> aggregate(
      Map<String, Map<String, Double>> perQuery, Map<String, QueryGold> gold) {
    Map<String, Double> sums = new LinkedHashMap<>();
    NAMES.forEach(n -> sums.put(n, 0.0));
    perQuery.values().forEach(m -> m.forEach((n, v) -> sums.merge(n, v, Double::sum)));
    int n = perQuery.size();
    Map<String, Double> out = new LinkedHashMap<>();
    sums.forEach((name, sum) -> out.put(name, n == 0 ? 0.0 : sum / n));
    out.put(
        "unresolved_gold", (double) gold.values().stream().mapToInt(QueryGold::unresolved).sum());
    return out;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
