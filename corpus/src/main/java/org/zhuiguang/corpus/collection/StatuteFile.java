package org.zhuiguang.corpus.collection;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.LawLevel;

/**
 * One statute file as read: a whole law version, or one book of a code split into books.
 *
 * @param source the file, relative to the corpus root
 * @param title the law's title (the first {@code # } line)
 * @param book the book subtitle (the second {@code # } line), e.g. 物权编
 * @param fileDate the date in the file name, e.g. {@code (2020-05-28).md}
 * @param history the history lines and their dates
 * @param level the level given by the folder
 * @param region the region folder of a local regulation
 * @param articles the articles in document order, the book (if any) first in each chapter path
 * @param unparsedLines lines the parser could not place (malformed headings and what followed them)
 */
record StatuteFile(
    Path source,
    String title,
    Optional<String> book,
    Optional<LocalDate> fileDate,
    HistoryDates history,
    LawLevel level,
    Optional<String> region,
    List<Article> articles,
    int unparsedLines) {

  StatuteFile {
    articles = List.copyOf(articles);
  }
}
