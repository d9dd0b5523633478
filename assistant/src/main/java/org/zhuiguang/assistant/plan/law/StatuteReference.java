package org.zhuiguang.assistant.plan.law;

import org.zhuiguang.corpus.ArticleNumber;

/**
 * A reference to an article, as the data files write it: {@code {"law", "article", "suffix"?}}.
 *
 * @param law the law's title, full or short (民法典)
 * @param number the article number
 */
public record StatuteReference(String law, ArticleNumber number) {

  @Override
  public String toString() {
    return law + number.toChinese();
  }
}
