package org.zhuiguang.corpus;

import java.util.Comparator;

/**
 * The number of an article: 第一百三十三条 is {@code (133, 0)}, the inserted 第一百三十三条之一 is {@code (133,
 * 1)}.
 */
public record ArticleNumber(int number, int suffix) implements Comparable<ArticleNumber> {

  private static final Comparator<ArticleNumber> ORDER =
      Comparator.comparingInt(ArticleNumber::number).thenComparingInt(ArticleNumber::suffix);

  public ArticleNumber {
    if (number <= 0) {
      throw new IllegalArgumentException("article number must be positive: " + number);
    }
    if (suffix < 0) {
      throw new IllegalArgumentException("article suffix must not be negative: " + suffix);
    }
  }

  public static ArticleNumber of(int number) {
    return new ArticleNumber(number, 0);
  }

  public static ArticleNumber of(int number, int suffix) {
    return new ArticleNumber(number, suffix);
  }

  /** The Chinese form, e.g. 第一百三十三条之一. */
  public String toChinese() {
    String base = "第" + ChineseNumerals.toChinese(number) + "条";
    return suffix == 0 ? base : base + "之" + ChineseNumerals.toChinese(suffix);
  }

  /** The form used in document ids and run files: {@code 133|1}. */
  public String toKey() {
    return number + "|" + suffix;
  }

  @Override
  public int compareTo(ArticleNumber other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return toChinese();
  }
}
