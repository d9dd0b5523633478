package org.zhuiguang.corpus.collection;

import java.util.Objects;
import org.zhuiguang.corpus.Corpus;

/** What reading the collection gives: the corpus and the report of what was read and skipped. */
public record CollectionResult(Corpus corpus, CollectionReport report) {

  public CollectionResult {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(report, "report");
  }
}
