package org.zhuiguang.indexer.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/** Reciprocal rank fusion: a document scores the sum of 1 / (k + rank) over the rankings. */
final class RankFusion {

  private RankFusion() {}

  /** The fused ranking of Lucene doc ids, best first, at most {@code n}. */
  static List<ScoreDoc> reciprocalRank(List<ScoreDoc[]> rankings, int k, int n) {
    Map<Integer, Double> scores = new HashMap<>();
    for (ScoreDoc[] ranking : rankings) {
      for (int rank = 0; rank < ranking.length; rank++) {
        scores.merge(ranking[rank].doc, 1.0 / (k + rank + 1), Double::sum);
      }
    }
    List<ScoreDoc> fused = new ArrayList<>(scores.size());
    scores.forEach((doc, score) -> fused.add(new ScoreDoc(doc, score.floatValue())));
    fused.sort(
        (a, b) ->
            a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return fused.size() > n ? fused.subList(0, n) : fused;
  }
}
