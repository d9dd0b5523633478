package org.zhuiguang.eval.regression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.indexer.search.SearchHit;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.StatuteSearcher;

/**
 * A small real searcher for tests: ranks articles by the distinct characters they share with the
 * query.
 */
final class OverlapSearcher implements StatuteSearcher {

  private final List<StatuteArticle> articles = new ArrayList<>();

  OverlapSearcher(Corpus corpus) {
    for (Law law : corpus.laws()) {
      law.inForce()
          .articles()
          .forEach(
              a ->
                  articles.add(
                      new StatuteArticle(
                          law.title(), a.number(), law.inForce().versionDate(), a.text())));
    }
  }

  @Override
  public List<SearchHit> search(SearchRequest request) {
    record Scored(StatuteArticle article, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (StatuteArticle a : articles) {
      long shared =
          request.query().codePoints().distinct().filter(cp -> a.text().indexOf(cp) >= 0).count();
      if (shared > 0) {
        scored.add(new Scored(a, shared));
      }
    }
    return scored.stream()
        .sorted(
            Comparator.comparingDouble((Scored s) -> -s.score())
                .thenComparing(s -> s.article().docId()))
        .limit(request.k())
        .map(
            s ->
                new SearchHit(
                    s.article(),
                    org.zhuiguang.corpus.LawLevel.LAW,
                    Optional.empty(),
                    List.of(),
                    s.score()))
        .toList();
  }

  @Override
  public Set<SearchMode> availableModes() {
    return Set.of(SearchMode.BM25);
  }
}
