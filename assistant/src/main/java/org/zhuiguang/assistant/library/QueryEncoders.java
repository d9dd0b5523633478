package org.zhuiguang.assistant.library;

import java.util.Optional;
import org.zhuiguang.indexer.embed.TextEncoder;

/** The query encoder for dense and hybrid search, in one place. */
public final class QueryEncoders {

  private QueryEncoders() {}

  /**
   * The encoder queries are embedded with. For now BM25 only: the answers are measured in BM25
   * mode; hybrid joins once the indexer's lazily loaded encoder is available to this module.
   */
  public static Optional<TextEncoder> forSearch() {
    return Optional.empty();
  }
}
