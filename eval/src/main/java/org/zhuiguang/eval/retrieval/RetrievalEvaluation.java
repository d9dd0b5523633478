package org.zhuiguang.eval.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhuiguang.eval.gold.QueryGold;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.report.EvalReport;
import org.zhuiguang.eval.report.Latency;
import org.zhuiguang.eval.retrieval.TrecRun.ScoredDoc;
import org.zhuiguang.indexer.search.SearchHit;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.StatuteSearcher;

/**
 * Runs every query through a searcher, timing each search call, and scores the run against the
 * resolved gold.
 */
public final class RetrievalEvaluation {

  /** What a retrieval evaluation produced: the run, its per-query metrics and the report. */
  public record Result(TrecRun run, Map<String, Map<String, Double>> perQuery, EvalReport report) {}

  private final StatuteSearcher searcher;
  private final SearchMode mode;
  private final int k;

  public RetrievalEvaluation(StatuteSearcher searcher, SearchMode mode, int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    this.searcher = searcher;
    this.mode = mode;
    this.k = k;
  }

  public Result run(List<EvalQuery> queries, Map<String, QueryGold> gold) {
    Map<String, List<ScoredDoc>> ranked = new LinkedHashMap<>();
    List<Double> latencies = new ArrayList<>(queries.size());
    for (EvalQuery q : queries) {
      SearchRequest request = SearchRequest.of(q.question(), k, mode);
      long start = System.nanoTime();
      List<SearchHit> hits = searcher.search(request);
      latencies.add((System.nanoTime() - start) / 1_000_000.0);
      List<ScoredDoc> docs = new ArrayList<>(hits.size());
      for (SearchHit hit : hits) {
        docs.add(new ScoredDoc(hit.article().docId(), hit.score()));
      }
      ranked.put(q.id(), docs);
    }
    TrecRun run = TrecRun.of(ranked, "zg-" + mode.label());
    return score(run, gold, Latency.of(latencies));
  }

  /** Scores an existing run (read from a file, or made by another system). */
  public static Result score(TrecRun run, Map<String, QueryGold> gold, Latency latency) {
    Map<String, Map<String, Double>> perQuery = RetrievalMetrics.perQuery(run, gold);
    EvalReport report =
        new EvalReport(
            EvalReport.Kind.RETRIEVAL,
            gold.size(),
            RetrievalMetrics.aggregate(perQuery, gold),
            latency,
            new LinkedHashMap<>());
    return new Result(run, perQuery, report);
  }
}
