package org.zhuiguang.corpus;

import java.util.List;

/**
 * One article of one version of a law.
 *
 * @param number the article number
 * @param chapterPath the headings above the article, outermost first (编, 章, 节 ...); empty when the
 *     law has none
 * @param paragraphs the article's paragraphs (款) in order, items (项) kept as their own paragraphs;
 *     the first paragraph does not repeat the 第X条 heading
 */
public record Article(ArticleNumber number, List<String> chapterPath, List<String> paragraphs) {

  public Article {
    chapterPath = List.copyOf(chapterPath);
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("article " + number + " has no text");
    }
  }

  /** The article's text, paragraphs joined by newlines, without the 第X条 heading. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
