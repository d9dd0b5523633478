package org.zhuiguang.assistant.library;

import java.util.Optional;
import org.zhuiguang.indexer.embed.LazyEncoder;
import org.zhuiguang.indexer.embed.TextEncoder;

/** The text encoder for dense and hybrid search and for embedding re-indexed laws, in one place. */
public final class QueryEncoders {

  private QueryEncoders() {}

  /**
   * The encoder when vectors are wanted: the indexer's default model, loaded on first use (a
   * BM25-only index never loads it). Empty when vectors are off.
   */
  public static Optional<TextEncoder> of(boolean vectors) {
    return vectors ? Optional.of(LazyEncoder.bge()) : Optional.empty();
  }
}
