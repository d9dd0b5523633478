package org.zhuiguang.indexer.index;

import java.util.Locale;

/** Why an article of the corpus was not indexed. */
public enum SkipReason {
  /** The version already has an article with this number; the first one is kept. */
  DUPLICATE_NUMBER,
  /** The article's text is blank. */
  EMPTY_TEXT,
  /** A superseded version whose successor has the same date: it never applies. */
  NEVER_IN_FORCE;

  /** The name used in tables and JSON, e.g. {@code duplicate_number}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
