package org.zhuiguang.assistant.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

class StaleCitationsTest {

  static final LocalDate OLD = LocalDate.of(2020, 1, 1);
  static final LocalDate NEW = LocalDate.of(2025, 7, 1);

  /** A catalog of invented articles in force on {@link #NEW}. */
  static StatuteCatalog catalog(Map<String, String> textByKey) {
    return new StatuteCatalog() {
      @Override
      public Set<String> titles() {
        return Set.of("示范甲法");
      }

      @Override
      public Optional<LawLevel> level(String title) {
        return Optional.empty();
      }

      @Override
      public Optional<String> region(String title) {
        return Optional.empty();
      }

      @Override
      public Optional<StatuteArticle> article(String title, ArticleNumber number) {
        return Optional.ofNullable(textByKey.get(title + "|" + number.toKey()))
            .map(t -> new StatuteArticle(title, number, NEW, t));
      }
    };
  }

  static StatuteArticle quoted(String law, int n, String text) {
    return new StatuteArticle(law, ArticleNumber.of(n), OLD, text);
  }

  @Test
  void amendedAndRetiredArticlesAreStaleUnchangedOnesAreNot() {
    StatuteCatalog now =
        catalog(
            Map.of(
                "示范甲法|" + ArticleNumber.of(1).toKey(), "虚构条文一。",
                "示范甲法|" + ArticleNumber.of(2).toKey(), "虚构条文二（已修订）。"));
    List<StaleCitations.Stale> stale =
        StaleCitations.of(
            List.of(
                quoted("示范甲法", 1, "虚构条文一。"),
                quoted("示范甲法", 2, "虚构条文二。"),
                quoted("示范甲法", 3, "虚构条文三。"),
                quoted("示范乙法", 1, "乙法条文。")),
            now);
    assertEquals(
        List.of(
            new StaleCitations.Stale("示范甲法", ArticleNumber.of(2), OLD, Optional.of(NEW)),
            new StaleCitations.Stale("示范甲法", ArticleNumber.of(3), OLD, Optional.empty()),
            new StaleCitations.Stale("示范乙法", ArticleNumber.of(1), OLD, Optional.empty())),
        stale);
  }
}
