package org.zhuiguang.assistant.opinion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * Which quoted articles of a draft a re-index made stale: the article's text in the version now in
 * force differs from the quoted text (amended), or the law or the article is gone (retired). An
 * article whose text is unchanged is not stale, whatever its version date.
 */
public final class StaleCitations {

  /**
   * One stale citation.
   *
   * @param law the law's title
   * @param number the article's number
   * @param oldVersion the version date the draft quotes
   * @param newVersion the version date now in force; empty when the article is retired
   */
  public record Stale(
      String law, ArticleNumber number, LocalDate oldVersion, Optional<LocalDate> newVersion) {

    public Stale {
      Objects.requireNonNull(law, "law");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(oldVersion, "oldVersion");
      Objects.requireNonNull(newVersion, "newVersion");
    }
  }

  private StaleCitations() {}

  /** The quoted articles whose text {@code now} no longer holds, in the order quoted. */
  public static List<Stale> of(List<StatuteArticle> quoted, StatuteCatalog now) {
    List<Stale> out = new ArrayList<>();
    for (StatuteArticle q : quoted) {
      Optional<StatuteArticle> current = now.article(q.law(), q.number());
      if (current.isEmpty()) {
        out.add(new Stale(q.law(), q.number(), q.version(), Optional.empty()));
      } else if (!current.get().text().equals(q.text())) {
        out.add(new Stale(q.law(), q.number(), q.version(), Optional.of(current.get().version())));
      }
    }
    return List.copyOf(out);
  }
}
