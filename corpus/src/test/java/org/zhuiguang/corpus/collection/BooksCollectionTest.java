package org.zhuiguang.corpus.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawVersion;

/**
 * A code split into books (one undated file per book, a copy of one book among them), an undated
 * copy of a dated version, and an undated file that contradicts a dated one.
 */
class BooksCollectionTest extends CollectionTestCase {

  private static final String CODE = "中华人民共和国示例民法典";

  @Override
  protected Path corpusRoot() {
    return resourceFolder("books");
  }

  @Override
  protected Map<String, Integer> expectedCounts() {
    return Map.ofEntries(
        Map.entry("files_seen", 9),
        Map.entry("files_parsed", 5),
        Map.entry("files_skipped", 4),
        Map.entry("unparsed_lines", 0),
        Map.entry("laws", 3),
        Map.entry("versions", 3),
        Map.entry("articles_in_force", 10),
        Map.entry("index_page", 1),
        Map.entry("duplicate_version", 2),
        Map.entry("undated_conflict", 1));
  }

  @Override
  protected Map<String, String> expectedArticles() {
    return Map.of(
        CODE + "|6|0",
        "相邻各方应当和睦相处，互谅互让地处理相邻关系。\n相邻权利人应当互相协助。",
        CODE + "|7|0",
        "本法自2021年1月1日起施行。",
        "最高人民法院关于示例问题的批复|1|0",
        "示例问题按照本批复处理。");
  }

  @Test
  void theBooksMakeOneVersionSortedByArticle() {
    Law code = law(CODE);
    assertEquals(1, code.versions().size());
    LawVersion version = code.inForce();
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7),
        version.articles().stream().map(a -> a.number().number()).toList());
    assertEquals(
        List.of(Path.of("民法典", "总则.md"), Path.of("民法典", "分编.md"), Path.of("民法典", "附则.md")),
        version.sources());
    assertEquals(LocalDate.of(2021, 1, 1), version.versionDate());
    assertEquals(Optional.of(LocalDate.of(2020, 5, 28)), version.promulgated());
    assertEquals(Optional.of(LocalDate.of(2021, 1, 1)), version.effective());
    assertEquals(2, version.history().size());
  }

  @Test
  void theBookLeadsEachChapterPath() {
    LawVersion version = law(CODE).inForce();
    assertEquals(List.of("总则", "第二章 自然人", "第一节 民事权利能力"), chapterPath(version, 3));
    assertEquals(List.of("分编", "第一分编 通则", "第一章 一般规定"), chapterPath(version, 4));
    assertEquals(List.of("附则"), chapterPath(version, 7));
  }

  private static List<String> chapterPath(LawVersion version, int number) {
    return version.article(ArticleNumber.of(number)).map(Article::chapterPath).orElseThrow();
  }

  @Test
  void anUndatedCopyOfADatedVersionIsADuplicate() {
    Law law = law("最高人民法院关于示例规定");
    assertEquals(1, law.versions().size());
    assertEquals(LocalDate.of(2022, 3, 1), law.inForce().versionDate());
  }

  @Test
  void anUndatedFileNewerThanTheDatedOneIsLeftOut() {
    Law law = law("最高人民法院关于示例问题的批复");
    assertEquals(1, law.versions().size());
    assertEquals(LocalDate.of(2022, 1, 1), law.inForce().versionDate());
    assertEquals(
        List.of(Path.of("司法解释", "最高人民法院关于示例问题的批复.md").toString()),
        result.report().examples().get(SkipReason.UNDATED_CONFLICT));
  }
}
