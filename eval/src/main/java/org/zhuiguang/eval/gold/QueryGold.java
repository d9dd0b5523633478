package org.zhuiguang.eval.gold;

import java.util.Set;

/**
 * The gold of one query as run-file ids: resolved references under the corpus title, unresolved
 * ones as written (they can never be retrieved, yet stay in the denominator).
 *
 * @param relevant the distinct ids {@code law|article|suffix} of the gold
 * @param unresolved how many of them the corpus could not resolve
 */
public record QueryGold(String queryId, Set<String> relevant, int unresolved) {

  public QueryGold {
    relevant = Set.copyOf(relevant);
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("query " + queryId + " has no gold");
    }
  }
}
