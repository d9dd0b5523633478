package org.zhuiguang.corpus.collection;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one LawRefBook statute file: {@code # title}, an optional {@code # book} subtitle, dated
 * history lines, {@code <!-- INFO END -->}, then headings and 第X条 articles (see {@link
 * ArticleReader}).
 */
final class StatuteFileParser {

  /** The marker that ends a file's header. */
  static final String INFO_END = "<!-- INFO END -->";

  private static final Pattern FILE_DATE =
      Pattern.compile("\\((\\d{4})-(\\d{2})-(\\d{2})\\)\\.md\\z");

  /** 刑法修正案（十一）, 宪法修正案（2018年）, 关于修改《……》的决定, 关于废止部分地方性法规的决定. */
  private static final Pattern AMENDMENT =
      Pattern.compile("修正案(?:[（(][^（()）]*[）)])?\\z|关于(?:修改|废止).*的决定\\z");

  /** Titles of other acts quoted in a title: 关于《刑法修正案（九）》时间效力问题的解释 is no amendment. */
  private static final Pattern QUOTED_TITLE = Pattern.compile("《[^《》]*》");

  private StatuteFileParser() {}

  /** Parses a file's text; {@code source} is its path relative to the corpus root. */
  static FileOutcome parse(Path source, String text) {
    int cut = text.indexOf(INFO_END);
    if (cut < 0) {
      return new FileOutcome.Skipped(source, SkipReason.NOT_STATUTE);
    }
    String head = text.substring(0, cut);
    String body = text.substring(cut + INFO_END.length());

    List<String> titles = new ArrayList<>();
    List<String> headerLines = new ArrayList<>();
    CommentStripper comments = new CommentStripper();
    for (String raw : TextLines.split(head)) {
      String line = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
      if (line.startsWith("# ")) {
        if (line.contains("<!--")) {
          return new FileOutcome.Skipped(source, SkipReason.TEMPLATE); // placeholder title
        }
        titles.add(TextLines.strip(line.substring(2)));
      } else {
        String kept = TextLines.strip(comments.strip(line));
        if (!kept.isEmpty()) {
          headerLines.add(kept);
        }
      }
    }
    if (titles.isEmpty() || titles.get(0).isEmpty()) {
      return new FileOutcome.Skipped(source, SkipReason.NOT_STATUTE);
    }
    String title = titles.get(0);
    if (isAmendment(title)) {
      return new FileOutcome.Skipped(source, SkipReason.AMENDMENT_DOCUMENT);
    }
    Optional<String> book =
        titles.size() > 1 && !titles.get(1).isEmpty()
            ? Optional.of(titles.get(1))
            : Optional.empty();
    HistoryDates history = HistoryDates.read(headerLines);

    ArticleReader reader = new ArticleReader(book);
    for (String line : TextLines.split(body)) {
      reader.line(line);
    }
    reader.finish();
    Optional<LocalDate> fileDate = fileDate(source);
    if (reader.articles().isEmpty()) {
      // A guide has no date at all; a decision or a 一、二、 interpretation is dated.
      boolean undated = history.latest().isEmpty() && fileDate.isEmpty();
      return new FileOutcome.Skipped(
          source, undated ? SkipReason.NOT_STATUTE : SkipReason.NO_ARTICLES);
    }
    FolderLevel folder = FolderLevel.of(source);
    return new FileOutcome.Parsed(
        new StatuteFile(
            source,
            title,
            book,
            fileDate,
            history,
            folder.level(),
            folder.region(),
            reader.articles(),
            reader.unparsedLines()));
  }

  /** Whether a title names an amendment document rather than a law. */
  static boolean isAmendment(String title) {
    String own = QUOTED_TITLE.matcher(title).replaceAll("");
    return AMENDMENT.matcher(own).find();
  }

  /** The date in a file name such as {@code 民法典(2020-05-28).md}, if any and valid. */
  static Optional<LocalDate> fileDate(Path source) {
    Path name = source.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    Matcher m = FILE_DATE.matcher(name.toString());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
