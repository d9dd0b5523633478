package org.zhuiguang.corpus.collection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.ChineseNumerals;

/**
 * Reads the body of a statute file line by line into articles.
 *
 * <ul>
 *   <li>A line beginning {@code #} is a heading (编, 章, 节 at any depth): it ends the current article
 *       and sets the chapter path of the following ones.
 *   <li>A line beginning 第X条 (or 第X条之Y) followed by whitespace starts an article; the rest of the
 *       line is its first paragraph. Without the whitespace (第十五条规定的……) the line is a heading only
 *       if X is the next number due, else it is text (a cross-reference).
 *   <li>Every other non-blank line is a paragraph (款) or an item (项) of the current article; before
 *       the first article and after a heading, such lines (preamble, annexes) belong to no article.
 *   <li>A line of zero-width spaces (U+200B) is a section break: it ends the current article; the
 *       files put one before chapter headings, some of which lack their {@code #}.
 *   <li>HTML comments are removed. A malformed heading (第十五 条, 第三十－条) or a repeated article number
 *       cannot be placed: it and the lines up to the next heading or article are counted as
 *       unparsed.
 * </ul>
 */
final class ArticleReader {

  /**
   * 第十五 条, 第 十五条, 第三十－条: an article heading spoilt by a stray space or dash between 第 and 条 (group
   * 1 is what lies between them).
   */
  private static final Pattern MALFORMED =
      Pattern.compile("第([零〇一二三四五六七八九十百千万两0-9０-９\\s\\u3000\\u00a0－\\-—–.．]{1,16})条");

  /** Words that continue a cross-reference such as 第五条规定的 rather than start an article. */
  private static final String REFERENCE_CONTINUATIONS = "之的规第款项中所至和或及、，。；：";

  private final Optional<String> book;
  private final List<Article> articles = new ArrayList<>();
  private final Set<ArticleNumber> seen = new HashSet<>();
  private final List<Integer> headingLevels = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();
  private final CommentStripper comments = new CommentStripper();

  private ArticleNumber current;
  private List<String> currentPath;
  private List<String> paragraphs = new ArrayList<>();
  private ArticleNumber last;
  private boolean dropping;
  private int unparsed;

  ArticleReader(Optional<String> book) {
    this.book = book;
  }

  /** Reads the next line of the body. */
  void line(String raw) {
    String uncommented = comments.strip(raw);
    String line = TextLines.strip(uncommented);
    if (line.isEmpty()) {
      if (TextLines.hasZeroWidth(uncommented)) {
        closeArticle(); // the converter's section break, before (pseudo-)headings
      }
      return;
    }
    if (line.charAt(0) == '#') {
      closeArticle();
      heading(line);
      return;
    }
    Heading heading = articleHeading(line);
    if (heading != null) {
      closeArticle();
      if (!seen.add(heading.number())) {
        unparsed++;
        dropping = true;
        return;
      }
      current = heading.number();
      last = current;
      currentPath = chapterPath();
      if (!heading.rest().isEmpty()) {
        paragraphs.add(heading.rest());
      }
      return;
    }
    if (isMalformedHeading(line)) {
      closeArticle();
      unparsed++;
      dropping = true;
      return;
    }
    if (current != null) {
      paragraphs.add(line);
    } else if (dropping) {
      unparsed++;
    }
  }

  /** Ends the body: closes the last article. */
  void finish() {
    closeArticle();
  }

  List<Article> articles() {
    return articles;
  }

  int unparsedLines() {
    return unparsed;
  }

  private void closeArticle() {
    if (current != null) {
      if (paragraphs.isEmpty()) {
        unparsed++; // a heading without text
      } else {
        articles.add(new Article(current, currentPath, paragraphs));
      }
      current = null;
      paragraphs = new ArrayList<>();
    }
    dropping = false;
  }

  private void heading(String line) {
    int level = 0;
    while (level < line.length() && line.charAt(level) == '#') {
      level++;
    }
    String text = TextLines.collapseSpaces(line.substring(level));
    while (!headingLevels.isEmpty() && headingLevels.get(headingLevels.size() - 1) >= level) {
      headingLevels.remove(headingLevels.size() - 1);
      headings.remove(headings.size() - 1);
    }
    if (!text.isEmpty()) {
      headingLevels.add(level);
      headings.add(text);
    }
  }

  private List<String> chapterPath() {
    if (book.isEmpty()) {
      return List.copyOf(headings);
    }
    List<String> path = new ArrayList<>(headings.size() + 1);
    path.add(book.get());
    path.addAll(headings);
    return List.copyOf(path);
  }

  private record Heading(ArticleNumber number, String rest) {}

  /** The article heading a line begins with, or null. */
  private Heading articleHeading(String line) {
    if (line.charAt(0) != '第') {
      return null;
    }
    int end = numeralEnd(line, 1);
    if (end == 1 || end >= line.length() || line.charAt(end) != '条') {
      return null;
    }
    OptionalInt number = ChineseNumerals.parse(line.substring(1, end));
    if (number.isEmpty() || number.getAsInt() <= 0) {
      return null;
    }
    int next = end + 1;
    int suffix = 0;
    if (next < line.length() && line.charAt(next) == '之') {
      int suffixEnd = numeralEnd(line, next + 1);
      if (suffixEnd > next + 1) {
        OptionalInt parsed = ChineseNumerals.parse(line.substring(next + 1, suffixEnd));
        if (parsed.isEmpty() || parsed.getAsInt() <= 0) {
          return null;
        }
        suffix = parsed.getAsInt();
        next = suffixEnd;
      }
    }
    ArticleNumber parsed = ArticleNumber.of(number.getAsInt(), suffix);
    String rest = line.substring(next);
    if (!rest.isEmpty() && !TextLines.isSpace(rest.charAt(0))) {
      boolean due = isNextDue(parsed);
      if (!due || REFERENCE_CONTINUATIONS.indexOf(rest.charAt(0)) >= 0) {
        return null;
      }
    }
    return new Heading(parsed, TextLines.strip(rest));
  }

  /** Whether a number is the one that follows the last article: n+1, or n's next 之 suffix. */
  private boolean isNextDue(ArticleNumber number) {
    if (last == null) {
      return number.number() == 1 && number.suffix() == 0;
    }
    return number.suffix() == 0
        ? number.number() == last.number() + 1
        : number.number() == last.number() && number.suffix() == last.suffix() + 1;
  }

  /** Whether a line begins with a spoilt article heading: numerals and a stray character. */
  private static boolean isMalformedHeading(String line) {
    Matcher m = MALFORMED.matcher(line);
    if (!m.lookingAt()) {
      return false;
    }
    String between = m.group(1);
    boolean numeral = false;
    boolean stray = false;
    for (int i = 0; i < between.length(); i++) {
      if (ChineseNumerals.isNumeralChar(between.charAt(i))) {
        numeral = true;
      } else {
        stray = true;
      }
    }
    return numeral && stray;
  }

  private static int numeralEnd(String line, int from) {
    int i = from;
    while (i < line.length() && ChineseNumerals.isNumeralChar(line.charAt(i))) {
      i++;
    }
    return i;
  }
}
