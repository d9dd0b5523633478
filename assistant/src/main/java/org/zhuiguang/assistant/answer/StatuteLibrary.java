package org.zhuiguang.assistant.answer;

import java.util.Objects;
import org.zhuiguang.corpus.StatuteCatalog;
import org.zhuiguang.indexer.search.StatuteSearcher;

/**
 * One consistent view of the statutes: the searcher, the catalog and the citation finder of the
 * same index generation. An answer takes one library at its start and uses it throughout, so a
 * re-index switching generations never mixes two.
 */
public record StatuteLibrary(
    StatuteSearcher searcher, StatuteCatalog catalog, CitationFinder citations) {

  public StatuteLibrary {
    Objects.requireNonNull(searcher, "searcher");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(citations, "citations");
  }
}
