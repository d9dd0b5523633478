package org.zhuiguang.corpus.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawVersion;

/** The real shared corpus ({@code zg.shared.dir}/corpus/lawrefbook), when it is there. */
class SharedCorpusTest {

  private static CollectionResult result;

  @BeforeAll
  static void readSharedCorpus() throws IOException {
    String shared = System.getProperty("zg.shared.dir", "../shared");
    Path root = Path.of(shared, "corpus", "lawrefbook");
    Assumptions.assumeTrue(Files.isDirectory(root), "no shared corpus at " + root);
    result = LawRefBookCollection.read(root);
  }

  @Test
  void aboutOneHundredFortyThousandArticlesInForce() {
    int articles = result.corpus().articlesInForce();
    assertTrue(articles >= 139_000 && articles <= 141_000, "articles in force: " + articles);
    assertEquals(articles, result.report().articlesInForce());
  }

  @Test
  void theCivilCodeIsOneVersionOfItsBooks() {
    Law code = result.corpus().law("中华人民共和国民法典").orElseThrow();
    assertEquals(1, code.versions().size());
    LawVersion version = code.inForce();
    assertTrue(version.sources().size() >= 7, version.sources().toString());
    Article article = version.article(ArticleNumber.of(288)).orElseThrow();
    assertEquals("物权编", article.chapterPath().get(0));
    assertTrue(article.text().contains("相邻"), article.text());
    List<ArticleNumber> numbers = version.articles().stream().map(Article::number).toList();
    assertEquals(numbers.stream().sorted().toList(), numbers);
  }

  @Test
  void theCriminalLawKeepsInsertedArticlesAndNoAmendment() {
    Law criminal = result.corpus().law("中华人民共和国刑法").orElseThrow();
    assertTrue(criminal.inForce().article(ArticleNumber.of(133, 1)).isPresent());
    for (LawVersion version : criminal.versions()) {
      for (Path source : version.sources()) {
        assertFalse(source.toString().contains("修正案"), source.toString());
      }
    }
    assertTrue(
        result.corpus().titles().stream().noneMatch(t -> t.startsWith("中华人民共和国刑法修正案")),
        "an amendment became a law");
    assertTrue(result.report().skipped().getOrDefault(SkipReason.AMENDMENT_DOCUMENT, 0) > 0);
  }

  @Test
  void countsAddUpAndReadingIsFast() {
    CollectionReport report = result.report();
    assertEquals(report.filesSeen(), report.filesParsed() + report.filesSkipped());
    assertTrue(report.elapsed().compareTo(Duration.ofSeconds(60)) < 0, report.table());
  }
}
