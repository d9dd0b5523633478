package org.zhuiguang.indexer.search;

import java.util.List;
import java.util.Set;

/** Searches the statute index. Implementations are safe to call from many threads at once. */
public interface StatuteSearcher {

  /** The ranked articles for a request, best first, at most {@code request.k()}. */
  List<SearchHit> search(SearchRequest request);

  /** The modes that can be searched now (dense and hybrid only once vectors are complete). */
  Set<SearchMode> availableModes();
}
