package org.zhuiguang.indexer.search;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.LawLevel;

/**
 * A search over the statute index.
 *
 * @param query the user's text, never parsed as query syntax
 * @param k how many articles to return
 * @param mode how to match
 * @param inForceOn the day whose versions in force are searched; empty for today's
 * @param levels the levels to keep; empty for all
 * @param regions the regions whose local rules to keep besides the national rules; empty for the
 *     configured default jurisdiction
 */
public record SearchRequest(
    String query,
    int k,
    SearchMode mode,
    Optional<LocalDate> inForceOn,
    Set<LawLevel> levels,
    Set<String> regions) {

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    levels = Set.copyOf(levels);
    regions = Set.copyOf(regions);
  }

  public static SearchRequest of(String query, int k, SearchMode mode) {
    return new SearchRequest(query, k, mode, Optional.empty(), Set.of(), Set.of());
  }
}
