package org.zhuiguang.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Searches the statute index. Implementations are safe to call from many threads at once. */
public interface StatuteSearcher {

  /** The ranked articles for a request, best first, at most {@code request.k()}. */
  List<SearchHit> search(SearchRequest request);

  /** The modes that can be searched now (dense and hybrid only once vectors are complete). */
  Set<SearchMode> availableModes();

  /**
   * Serves several requests from one state of the index and hands their rankings, as {@link
   * Candidate}s in the order of the requests, to {@code use}, whose result it returns. A
   * candidate's {@link Candidate#hit} may be called only while {@code use} runs, on its thread. The
   * default serves each request with {@link #search}.
   */
  default <T> T candidates(List<SearchRequest> requests, Function<List<List<Candidate>>, T> use) {
    List<List<Candidate>> rankings = new ArrayList<>(requests.size());
    for (SearchRequest request : requests) {
      rankings.add(search(request).stream().map(Candidate::of).toList());
    }
    return use.apply(rankings);
  }
}
