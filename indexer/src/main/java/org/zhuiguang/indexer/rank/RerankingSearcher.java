package org.zhuiguang.indexer.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhuiguang.indexer.search.Candidate;
import org.zhuiguang.indexer.search.SearchHit;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.StatuteSearcher;

/**
 * Hybrid search re-ranked: asks the wrapped searcher for its BM25 and dense rankings, fuses them by
 * weighted reciprocal rank and adds the level and citation priors ({@link RerankWeights}); the BM25
 * ranking searches the question with the legal terms of its everyday words ({@link LayVocabulary}).
 * BM25 and dense requests, and hybrid requests the wrapped searcher cannot serve, go to it
 * unchanged.
 */
public final class RerankingSearcher implements StatuteSearcher {

  private final StatuteSearcher delegate;
  private final RerankWeights weights;
  private final CitationPrior citations;
  private final LayVocabulary vocabulary;

  public RerankingSearcher(
      StatuteSearcher delegate,
      RerankWeights weights,
      CitationPrior citations,
      LayVocabulary vocabulary) {
    this.delegate = delegate;
    this.weights = weights;
    this.citations = citations;
    this.vocabulary = vocabulary;
  }

  /** The product's hybrid search over a searcher: the default weights, no citation prior. */
  public static RerankingSearcher over(StatuteSearcher delegate) {
    return new RerankingSearcher(
        delegate, RerankWeights.DEFAULT, CitationPrior.NONE, LayVocabulary.standard());
  }

  /** The product's hybrid search with the citation prior of a corpus. */
  public static RerankingSearcher over(StatuteSearcher delegate, CitationPrior citations) {
    return new RerankingSearcher(
        delegate, RerankWeights.DEFAULT, citations, LayVocabulary.standard());
  }

  @Override
  public List<SearchHit> search(SearchRequest request) {
    if (request.mode() != SearchMode.HYBRID
        || !delegate.availableModes().contains(SearchMode.HYBRID)) {
      return delegate.search(request);
    }
    int depth = Math.max(request.k(), weights.depth());
    String lexical = weights.expandQueries() ? vocabulary.expand(request.query()) : request.query();
    List<SearchRequest> legs =
        List.of(
            withMode(request, lexical, SearchMode.BM25, depth),
            withMode(request, request.query(), SearchMode.DENSE, depth));
    // the candidates carry level, law and heading; only the k kept are read whole
    return delegate.candidates(legs, rankings -> rerank(request, rankings));
  }

  private List<SearchHit> rerank(SearchRequest request, List<List<Candidate>> rankings) {
    Map<String, Fused> candidates = new LinkedHashMap<>();
    add(candidates, rankings.get(0), weights.bm25Weight());
    add(candidates, rankings.get(1), weights.denseWeight());
    double unit = 1.0 / (weights.rrfK() + 1);
    Set<String> questionBigrams =
        weights.headingWeight() != 0 ? bigrams(request.query()) : Set.of();
    boolean cited = citations.size() > 0; // else both citation terms are 0
    Map<String, Integer> overlaps = new HashMap<>();
    List<Fused> ranked = new ArrayList<>(candidates.values());
    for (Fused c : ranked) {
      Candidate article = c.candidate;
      double prior = weights.bonus(article.level());
      if (cited) {
        prior += weights.citationWeight() * Math.log1p(citations.count(article.docId()));
        prior += weights.lawCitationWeight() * Math.log1p(citations.lawCount(article.law()));
      }
      if (!questionBigrams.isEmpty() && !article.heading().isEmpty()) {
        // articles of one chapter share their heading: its overlap is counted once
        int shared =
            overlaps.computeIfAbsent(
                article.heading(),
                h -> {
                  Set<String> heading = bigrams(h);
                  heading.retainAll(questionBigrams);
                  return heading.size();
                });
        prior += weights.headingWeight() * shared / questionBigrams.size();
      }
      c.score += prior * unit;
    }
    ranked.sort(Comparator.comparingDouble((Fused c) -> c.score).reversed());
    List<SearchHit> hits = new ArrayList<>(Math.min(request.k(), ranked.size()));
    for (Fused c : ranked.subList(0, Math.min(request.k(), ranked.size()))) {
      hits.add(c.candidate.hit(c.score));
    }
    return hits;
  }

  private void add(Map<String, Fused> candidates, List<Candidate> ranking, double weight) {
    int rank = 0;
    for (Candidate candidate : ranking) {
      rank++;
      candidates.computeIfAbsent(candidate.versionId(), k -> new Fused(candidate)).score +=
          weight / (weights.rrfK() + rank);
    }
  }

  /** The bigrams of a text's Chinese characters, the other characters dropped first. */
  static Set<String> bigrams(String text) {
    StringBuilder han = new StringBuilder();
    text.codePoints().filter(cp -> cp >= 0x4E00 && cp <= 0x9FFF).forEach(han::appendCodePoint);
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 2 <= han.length(); i++) {
      grams.add(han.substring(i, i + 2));
    }
    return grams;
  }

  private static SearchRequest withMode(
      SearchRequest request, String query, SearchMode mode, int k) {
    return new SearchRequest(
        query, k, mode, request.inForceOn(), request.levels(), request.regions());
  }

  @Override
  public Set<SearchMode> availableModes() {
    return delegate.availableModes();
  }

  /** A candidate and its score so far. */
  private static final class Fused {
    final Candidate candidate;
    double score;

    Fused(Candidate candidate) {
      this.candidate = candidate;
    }
  }
}
