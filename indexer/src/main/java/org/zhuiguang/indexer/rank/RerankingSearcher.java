package org.zhuiguang.indexer.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    String lexical = weights.expandQueries() ? vocabulary.expand(request.query()) : request.query();
    add(
        candidates,
        delegate.search(withMode(request, lexical, SearchMode.BM25, depth)),
        weights.bm25Weight());
    add(
        candidates,
        delegate.search(withMode(request, request.query(), SearchMode.DENSE, depth)),
        weights.denseWeight());
    double unit = 1.0 / (weights.rrfK() + 1);
    Set<String> questionBigrams =
        weights.headingWeight() != 0 ? bigrams(request.query()) : Set.of();
    List<Candidate> ranked = new ArrayList<>(candidates.values());
    for (Candidate c : ranked) {
      double prior = weights.bonus(c.hit.level());
      prior += weights.citationWeight() * Math.log1p(citations.count(c.hit.article().docId()));
      prior += weights.lawCitationWeight() * Math.log1p(citations.lawCount(c.hit.article().law()));
      if (!questionBigrams.isEmpty() && !c.hit.chapterPath().isEmpty()) {
        Set<String> heading = bigrams(c.hit.chapterPath().get(c.hit.chapterPath().size() - 1));
        heading.retainAll(questionBigrams);
        prior += weights.headingWeight() * heading.size() / questionBigrams.size();
      }
      c.score += prior * unit;
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
    List<SearchHit> hits = new ArrayList<>(Math.min(request.k(), ranked.size()));
    for (Candidate c : ranked.subList(0, Math.min(request.k(), ranked.size()))) {
      SearchHit h = c.hit;
      hits.add(new SearchHit(h.article(), h.level(), h.region(), h.chapterPath(), c.score));
    }
    return hits;
  }

  private void add(Map<String, Candidate> candidates, List<SearchHit> ranking, double weight) {
    int rank = 0;
    for (SearchHit hit : ranking) {
      rank++;
      String key = hit.article().docId() + "@" + hit.article().version();
      candidates.computeIfAbsent(key, k -> new Candidate(hit)).score +=
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

  private static final class Candidate {
    final SearchHit hit;
    double score;

    Candidate(SearchHit hit) {
      this.hit = hit;
    }
  }
}
