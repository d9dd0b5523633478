package org.zhuiguang.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class RankFusionTest {

  private static ScoreDoc[] ranking(int... docs) {
    ScoreDoc[] out = new ScoreDoc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = new ScoreDoc(docs[i], 100 - i);
    }
    return out;
  }

  @Test
  void documentsInBothRankingsComeFirst() {
    List<ScoreDoc> fused =
        RankFusion.reciprocalRank(List.of(ranking(1, 2, 3), ranking(3, 4, 1)), 60, 10);
    assertEquals(List.of(1, 3, 2, 4), fused.stream().map(sd -> sd.doc).toList());
    assertEquals(1.0 / 61 + 1.0 / 63, fused.get(0).score, 1e-6);
  }

  @Test
  void truncatesToN() {
    assertEquals(2, RankFusion.reciprocalRank(List.<ScoreDoc[]>of(ranking(1, 2, 3)), 60, 2).size());
  }
}
