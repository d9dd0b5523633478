package org.zhuiguang.corpus;

import java.time.LocalDate;

/**
 * An article identified within a catalog: which law, which version, its text. This is what a
 * citation resolves to and what every quoted citation shows.
 */
public record StatuteArticle(String law, ArticleNumber number, LocalDate version, String text) {

  /** The document id used in run files: {@code law|article|suffix}. */
  public String docId() {
    return law + "|" + number.toKey();
  }
}
