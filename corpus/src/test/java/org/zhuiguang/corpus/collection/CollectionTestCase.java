package org.zhuiguang.corpus.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;

/**
 * What every reading of a small fixture collection must satisfy. A concrete test names its fixture
 * folder, the counters it expects and a few article texts; the checks here run on each.
 */
abstract class CollectionTestCase {

  /** The folder to read; may build it in a temporary folder. */
  protected abstract Path corpusRoot() throws IOException;

  /**
   * Every counter of the report, by name: {@code files_seen}, {@code files_parsed}, {@code
   * files_skipped}, {@code unparsed_lines}, {@code laws}, {@code versions}, {@code
   * articles_in_force}, and the key of each reason with a non-zero count.
   */
  protected abstract Map<String, Integer> expectedCounts();

  /** Texts of articles in force, keyed {@code title|number|suffix}. */
  protected abstract Map<String, String> expectedArticles();

  protected CollectionResult result;

  @BeforeEach
  void readCollection() throws IOException {
    result = LawRefBookCollection.read(corpusRoot());
  }

  protected Corpus corpus() {
    return result.corpus();
  }

  protected Law law(String title) {
    return corpus().law(title).orElseThrow(() -> new AssertionError("no law " + title));
  }

  protected static Article article(Law law, int number, int suffix) {
    return law.inForce()
        .article(ArticleNumber.of(number, suffix))
        .orElseThrow(() -> new AssertionError(law.title() + " has no article " + number));
  }

  /** The report's counters under the names of {@link #expectedCounts()}. */
  static Map<String, Integer> counts(CollectionReport report) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("files_seen", report.filesSeen());
    counts.put("files_parsed", report.filesParsed());
    counts.put("files_skipped", report.filesSkipped());
    counts.put("unparsed_lines", report.unparsedLines());
    counts.put("laws", report.laws());
    counts.put("versions", report.versions());
    counts.put("articles_in_force", report.articlesInForce());
    report.skipped().forEach((reason, count) -> counts.put(reason.key(), count));
    return counts;
  }

  @Test
  void countersAreAsExpected() {
    assertEquals(new TreeMap<>(expectedCounts()), new TreeMap<>(counts(result.report())));
  }

  @Test
  void countsAddUp() {
    CollectionReport report = result.report();
    assertEquals(report.filesSeen(), report.filesParsed() + report.filesSkipped());
    int byReason =
        report.skipped().entrySet().stream()
            .filter(e -> e.getKey().wholeFile())
            .mapToInt(Map.Entry::getValue)
            .sum();
    assertEquals(report.filesSkipped(), byReason);
    assertEquals(corpus().articlesInForce(), report.articlesInForce());
    assertEquals(corpus().laws().size(), report.laws());
    assertEquals(corpus().versionCount(), report.versions());
    assertEquals(
        report.laws(), report.lawsByLevel().values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void articlesInForceHaveTheExpectedText() {
    expectedArticles()
        .forEach(
            (key, text) -> {
              String[] parts = key.split("\\|", -1);
              Law law = law(parts[0]);
              Article article =
                  article(law, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
              assertEquals(text, article.text(), key);
            });
  }

  @Test
  void noArticleTextRepeatsAHeadingOrAComment() {
    for (Law law : corpus().laws()) {
      for (Article article : law.inForce().articles()) {
        for (String paragraph : article.paragraphs()) {
          assertFalse(paragraph.isBlank(), law.title() + " " + article.number());
          assertFalse(paragraph.startsWith("#"), paragraph);
          assertFalse(paragraph.contains("<!--"), paragraph);
          assertFalse(paragraph.startsWith(article.number().toChinese() + " "), paragraph);
        }
      }
    }
  }

  @Test
  void readingAgainGivesTheSameCorpus() throws IOException {
    Corpus again = LawRefBookCollection.read(corpusRoot()).corpus();
    assertEquals(corpus().laws(), again.laws());
  }

  @Test
  void everyLawHasItsNewestVersionInForce() {
    for (Law law : corpus().laws()) {
      assertTrue(
          law.versions().stream()
              .allMatch(v -> !v.versionDate().isAfter(law.inForce().versionDate())),
          law.title());
    }
  }

  /** A fixture folder of the test resources, as a path. */
  static Path resourceFolder(String name) {
    URL url = CollectionTestCase.class.getResource("/collection/" + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource folder " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a fixture folder into a target folder, keeping its layout. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      List<Path> all = paths.sorted().toList();
      for (Path source : all) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
