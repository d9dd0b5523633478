package org.zhuiguang.eval.regression;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.indexer.search.StatuteSearcher;

/** Indexes a corpus into a folder and opens a searcher over it: what a regression runs against. */
@FunctionalInterface
public interface SearchBackend {

  Indexed index(Corpus corpus, Path indexDir, boolean withVectors) throws IOException;

  /**
   * An opened index.
   *
   * @param statistics counts to check against the regression's expected index statistics (laws,
   *     articles ...)
   * @param closer releases the searcher's files
   */
  record Indexed(StatuteSearcher searcher, Map<String, Long> statistics, AutoCloseable closer)
      implements AutoCloseable {

    @Override
    public void close() throws Exception {
      closer.close();
    }
  }
}
