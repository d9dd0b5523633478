package org.zhuiguang.indexer.search;

import java.util.Optional;
import java.util.Set;
import org.zhuiguang.indexer.index.IndexManifest;

/**
 * What a searcher serves now.
 *
 * @param manifest the served generation's manifest
 * @param modes the modes searchable now
 * @param note why dense search is off, when it is (no vectors yet, another embedding model ...)
 */
public record SearcherStatus(IndexManifest manifest, Set<SearchMode> modes, Optional<String> note) {

  public SearcherStatus {
    modes = Set.copyOf(modes);
  }
}
