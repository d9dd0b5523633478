package org.zhuiguang.corpus.cite;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * One statute citation: what was written and, when it could be resolved, the article it names.
 *
 * @param text the citation as found in the input ({@code input.substring(start, end)}); for a list
 *     or range, the first article's citation includes the law name and the others only their own
 *     part (every article of a range carries the whole range)
 * @param start offset of the first character in the input
 * @param end offset after the last character in the input
 * @param law the resolved full title of the law, empty when the law is unknown, ambiguous or not
 *     named
 * @param number the article number written, empty only when no number could be read
 * @param paragraph the paragraph (款) written, if any
 * @param item the item (项) written, if any
 * @param article the article of the catalog; present exactly when the citation is resolved
 * @param unresolved why it is not resolved; present exactly when {@code article} is empty
 * @param lawAsWritten the law name as it appears in the input (without 《》), empty for a bare 第X条 or
 *     when the name could not be delimited
 */
public record Citation(
    String text,
    int start,
    int end,
    Optional<String> law,
    Optional<ArticleNumber> number,
    OptionalInt paragraph,
    OptionalInt item,
    Optional<StatuteArticle> article,
    Optional<UnresolvedReason> unresolved,
    Optional<String> lawAsWritten) {

  public Citation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(unresolved, "unresolved");
    Objects.requireNonNull(lawAsWritten, "lawAsWritten");
    if (article.isPresent() == unresolved.isPresent()) {
      throw new IllegalArgumentException(
          "a citation is either resolved to an article or unresolved with a reason: " + text);
    }
  }

  /** Whether the citation names an article of the catalog. */
  public boolean resolved() {
    return article.isPresent();
  }

  /** The version date of the resolved article's law. */
  public Optional<LocalDate> version() {
    return article.map(StatuteArticle::version);
  }
}
