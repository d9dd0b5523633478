package org.zhuiguang.indexer.index;

import java.time.LocalDate;
import java.util.Optional;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawVersion;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * One article of one version, as the corpus holds it, with the days it applies: from its version
 * date up to (excluding) its successor's. This is the source record; {@link
 * ArticleDocumentGenerator} maps it to a Lucene document.
 */
public record ArticleRecord(
    Law law,
    LawVersion version,
    Article article,
    LocalDate validFrom,
    Optional<LocalDate> validTo) {

  /** {@code law|article|suffix}. */
  public String id() {
    return law.title() + "|" + article.number().toKey();
  }

  /** {@code law|article|suffix|yyyy-MM-dd}. */
  public String versionId() {
    return id() + "|" + version.versionDate();
  }

  public boolean inForce() {
    return validTo.isEmpty();
  }

  public StatuteArticle statuteArticle() {
    return new StatuteArticle(law.title(), article.number(), version.versionDate(), article.text());
  }
}
