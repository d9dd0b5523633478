package org.zhuiguang.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One dated version of a law as the corpus holds it. A code split into books (the Civil Code) is
 * one version assembled from several files.
 *
 * @param title the law's full title as the corpus writes it, e.g. 中华人民共和国民法典
 * @param level its rank
 * @param region the province or municipality of a local rule (广东, 上海), empty for national ones
 * @param versionDate the version's date: the date in its file name, else the latest date of its
 *     history lines
 * @param promulgated the date of the latest adoption or amendment in the history lines, if any
 * @param effective the date it took or takes effect (施行) per the history lines, if any
 * @param history the dated history lines as written (e.g. 2020年5月28日 第十三届全国人民代表大会第三次会议通过)
 * @param articles the articles in document order
 * @param sources the files it was read from, relative to the corpus root
 */
public record LawVersion(
    String title,
    LawLevel level,
    Optional<String> region,
    LocalDate versionDate,
    Optional<LocalDate> promulgated,
    Optional<LocalDate> effective,
    List<String> history,
    List<Article> articles,
    List<Path> sources) {

  /**
   * The version date of a file with neither a date in its name nor a dated history line:
   * 0000-01-01, before every real date (the reference scorer's {@code 0000-00-00}).
   */
  public static final LocalDate UNDATED = LocalDate.of(0, 1, 1);

  public LawVersion {
    history = List.copyOf(history);
    articles = List.copyOf(articles);
    sources = List.copyOf(sources);
  }

  /** Whether the version date is known, i.e. not {@link #UNDATED}. */
  public boolean dated() {
    return !UNDATED.equals(versionDate);
  }

  /** The article with this number, if this version has it. */
  public Optional<Article> article(ArticleNumber number) {
    return articles.stream().filter(a -> a.number().equals(number)).findFirst();
  }
}
