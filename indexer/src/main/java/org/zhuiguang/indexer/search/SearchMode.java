package org.zhuiguang.indexer.search;

import java.util.Locale;

/** How a query is matched: lexical BM25, dense vectors, or both fused. */
public enum SearchMode {
  BM25,
  DENSE,
  HYBRID;

  /** The lower-case name used on the command line and in JSON: bm25, dense, hybrid. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads bm25, dense or hybrid (any case). */
  public static SearchMode fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
