package org.zhuiguang.indexer.rank;

import java.util.EnumMap;
import java.util.Map;
import org.zhuiguang.corpus.LawLevel;

/**
 * The weights of {@link RerankingSearcher}. An article's score is {@code bm25Weight / (rrfK +
 * bm25Rank) + denseWeight / (rrfK + denseRank) + (levelBonus(level) + citationWeight * ln(1 +
 * citations) + lawCitationWeight * ln(1 + lawCitations) + headingWeight * headingOverlap) / (rrfK +
 * 1)}: the priors are in units of a first place in one ranking. {@code headingOverlap} is the share
 * of the question's Chinese bigrams found in the article's innermost chapter heading.
 *
 * @param rrfK the constant of reciprocal rank fusion
 * @param bm25Weight the weight of the BM25 ranking
 * @param denseWeight the weight of the dense ranking
 * @param depth how many candidates each ranking contributes
 * @param levelBonus the bonus of each level (missing levels: 0)
 * @param citationWeight the weight of ln(1 + how often other rules cite the article)
 * @param lawCitationWeight the weight of ln(1 + how often other rules cite the article's law)
 * @param headingWeight the weight of the question's bigram overlap with the innermost chapter
 *     heading
 * @param expandQueries whether BM25 searches the question with the legal terms of its everyday
 *     words appended ({@link LayVocabulary})
 */
public record RerankWeights(
    int rrfK,
    double bm25Weight,
    double denseWeight,
    int depth,
    Map<LawLevel, Double> levelBonus,
    double citationWeight,
    double lawCitationWeight,
    double headingWeight,
    boolean expandQueries) {

  /** The weights chosen on stard-dev by 5-fold cross-validation (docs/retrieval-quality.md). */
  public static final RerankWeights DEFAULT =
      new RerankWeights(
          5,
          1.0,
          1.0,
          100,
          Map.of(
              LawLevel.CONSTITUTION, 0.5,
              LawLevel.LAW, 0.5,
              LawLevel.JUDICIAL_INTERPRETATION, 0.25,
              LawLevel.ADMINISTRATIVE_REGULATION, 0.15),
          0.1,
          0.08,
          0.5,
          true);

  /** Plain reciprocal rank fusion at k = 20 with no priors: hybrid search before re-ranking. */
  public static final RerankWeights PLAIN_RRF =
      new RerankWeights(20, 1.0, 1.0, 100, Map.of(), 0.0, 0.0, 0.0, false);

  public RerankWeights {
    if (rrfK < 0 || depth <= 0) {
      throw new IllegalArgumentException("rrfK must be >= 0 and depth > 0");
    }
    EnumMap<LawLevel, Double> copy = new EnumMap<>(LawLevel.class);
    copy.putAll(levelBonus);
    levelBonus = Map.copyOf(copy);
  }

  /** The bonus of a level, 0 when it has none. */
  public double bonus(LawLevel level) {
    return levelBonus.getOrDefault(level, 0.0);
  }
}
