package org.zhuiguang.indexer.rank;

import java.util.HashMap;
import java.util.Map;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.cite.Citation;
import org.zhuiguang.corpus.cite.CitationResolver;

/**
 * How often the rules in force cite each article of another rule (an interpretation citing the
 * civil code, a regulation citing its law), found with the corpus's own {@link CitationResolver}.
 * Citations of a rule's own articles are not counted. Articles are keyed by {@link
 * StatuteArticle#docId()}, so every version of an article shares its count.
 */
public final class CitationPrior {

  /** No counts: the prior is off. */
  public static final CitationPrior NONE = new CitationPrior(Map.of());

  private final Map<String, Integer> counts;
  private final Map<String, Integer> lawCounts;

  /** Counts by doc id; a law's count is the sum of its articles' counts. */
  public CitationPrior(Map<String, Integer> counts) {
    this.counts = Map.copyOf(counts);
    Map<String, Integer> laws = new HashMap<>();
    counts.forEach((docId, n) -> laws.merge(lawOf(docId), n, Integer::sum));
    this.lawCounts = Map.copyOf(laws);
  }

  private static String lawOf(String docId) {
    int bar = docId.indexOf('|');
    return bar < 0 ? docId : docId.substring(0, bar);
  }

  /** Counts the citations in the articles in force of every law of a corpus. */
  public static CitationPrior of(Corpus corpus) {
    CitationResolver resolver = new CitationResolver(corpus);
    Map<String, Integer> counts = new HashMap<>();
    for (Law law : corpus.laws()) {
      for (Article article : law.inForce().articles()) {
        for (Citation citation : resolver.find(article.text())) {
          citation
              .article()
              .filter(cited -> !cited.law().equals(law.title()))
              .ifPresent(cited -> counts.merge(cited.docId(), 1, Integer::sum));
        }
      }
    }
    return new CitationPrior(counts);
  }

  /** How often other rules cite the article with this doc id. */
  public int count(String docId) {
    return counts.getOrDefault(docId, 0);
  }

  /** How often other rules cite articles of the law with this title. */
  public int lawCount(String law) {
    return lawCounts.getOrDefault(law, 0);
  }

  /** How many articles are cited at least once. */
  public int size() {
    return counts.size();
  }
}
