package org.zhuiguang.eval.gold;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.input.StatuteRef;

/** Resolves each query's gold references through the corpus's citation lookup. */
public final class GoldResolver {

  private final CitationLookup lookup;

  public GoldResolver(CitationLookup lookup) {
    this.lookup = lookup;
  }

  public QueryGold resolve(EvalQuery query) {
    Set<String> relevant = new LinkedHashSet<>();
    Set<String> unresolved = new LinkedHashSet<>();
    for (StatuteRef ref : query.gold()) {
      var article = lookup.article(ref);
      if (article.isPresent()) {
        relevant.add(article.get().docId());
      } else {
        String key = lookup.canonical(ref).key();
        relevant.add(key);
        unresolved.add(key);
      }
    }
    return new QueryGold(query.id(), relevant, unresolved.size());
  }

  /** The gold of every query, by query id, in the queries' order. */
  public Map<String, QueryGold> resolveAll(List<EvalQuery> queries) {
    Map<String, QueryGold> gold = new LinkedHashMap<>();
    for (EvalQuery q : queries) {
      gold.put(q.id(), resolve(q));
    }
    return gold;
  }
}
