package org.zhuiguang.indexer.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawVersion;

/** Turns laws into the article records to index, counting what it skips and why. */
public final class CorpusRecords {

  private CorpusRecords() {}

  /** The records of one law: every article of every version, each with its validity. */
  public static List<ArticleRecord> of(Law law, IndexCounters counters) {
    List<ArticleRecord> records = new ArrayList<>();
    List<LawVersion> versions = law.versions();
    for (int i = 0; i < versions.size(); i++) {
      LawVersion version = versions.get(i);
      Optional<LocalDate> validTo =
          i + 1 < versions.size()
              ? Optional.of(versions.get(i + 1).versionDate())
              : Optional.empty();
      boolean neverInForce = validTo.isPresent() && !validTo.get().isAfter(version.versionDate());
      Set<ArticleNumber> seen = new HashSet<>();
      for (Article article : version.articles()) {
        if (neverInForce) {
          counters.skip(SkipReason.NEVER_IN_FORCE);
        } else if (article.text().isBlank()) {
          counters.skip(SkipReason.EMPTY_TEXT);
        } else if (!seen.add(article.number())) {
          counters.skip(SkipReason.DUPLICATE_NUMBER);
        } else {
          records.add(new ArticleRecord(law, version, article, version.versionDate(), validTo));
        }
      }
    }
    return records;
  }
}
