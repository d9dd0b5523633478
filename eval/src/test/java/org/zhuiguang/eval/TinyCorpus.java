package org.zhuiguang.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.ChineseNumerals;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;

/**
 * The tiny test corpus of {@code src/test/resources/tiny/corpus}, read by a minimal reader of the
 * corpus format (the same files the Python scorers read in the agreement checks).
 */
public final class TinyCorpus {

  private static final Pattern ARTICLE =
      Pattern.compile("^第([零〇一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?\\s*(.*)$");
  private static final Pattern DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\.md$");

  private TinyCorpus() {}

  /** The folder of the tiny fixtures (queries, run, answers, cases, plans, corpus/). */
  public static Path dir() {
    try {
      return Path.of(TinyCorpus.class.getResource("/tiny/queries.jsonl").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Corpus load() throws IOException {
    List<Law> laws = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir().resolve("corpus"))) {
      for (Path file : files.sorted().toList()) {
        laws.add(read(file));
      }
    }
    return new Corpus(laws);
  }

  private static Law read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String title = lines.get(0).substring(2).strip();
    Matcher date = DATE.matcher(file.getFileName().toString());
    LocalDate versionDate = date.find() ? LocalDate.parse(date.group(1)) : LocalDate.of(0, 1, 1);
    List<Article> articles = new ArrayList<>();
    ArticleNumber number = null;
    List<String> paragraphs = new ArrayList<>();
    boolean body = false;
    for (String line : lines) {
      if (line.contains("<!-- INFO END -->")) {
        body = true;
        continue;
      }
      if (!body || line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = ARTICLE.matcher(line.strip());
      if (m.matches()) {
        if (number != null) {
          articles.add(new Article(number, List.of(), paragraphs));
        }
        int suffix = m.group(2) == null ? 0 : ChineseNumerals.parse(m.group(2)).getAsInt();
        number = ArticleNumber.of(ChineseNumerals.parse(m.group(1)).getAsInt(), suffix);
        paragraphs = new ArrayList<>(List.of(m.group(3)));
      } else if (number != null) {
        paragraphs.add(line.strip());
      }
    }
    if (number != null) {
      articles.add(new Article(number, List.of(), paragraphs));
    }
    LawVersion version =
        new LawVersion(
            title,
            LawLevel.LAW,
            Optional.empty(),
            versionDate,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            articles,
            List.of(file.getFileName()));
    return new Law(title, LawLevel.LAW, Optional.empty(), List.of(version));
  }
}
