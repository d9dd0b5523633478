package org.zhuiguang.corpus.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;

/**
 * A small collection with one file of each kind: versions, an undated + dated pair, an amendment, a
 * template, index pages, a case write-up, a guide, a local regulation, a malformed heading, and a
 * file whose name holds a newline (made at test time: git dislikes such names).
 */
class MiniCollectionTest extends CollectionTestCase {

  private static final String CONTRACTS = "中华人民共和国示例合同法";
  private static final String CRIMINAL = "中华人民共和国示例刑法";
  private static final String NEWLINE_LAW = "中华人民共和国示例保障法";
  private static final String INTERPRETATION = "最高人民法院关于审理示例纠纷案件适用法律若干问题的解释";

  @TempDir Path temp;

  @Override
  protected Path corpusRoot() throws IOException {
    Path root = temp.resolve("lawrefbook");
    if (!Files.exists(root)) {
      copyTree(resourceFolder("mini"), root);
      Files.createDirectories(root.resolve("社会法"));
      Files.writeString(
          root.resolve("社会法").resolve("示例\n保障法(2020-02-02).md"),
          """
          # 中华人民共和国示例保障法

          2020年2月2日 第一届示例代表大会常务委员会第五次会议通过

          <!-- INFO END -->

          第一条 为了保障示例权益，制定本法。

          第二条 本法自2020年5月1日起施行。
          """,
          StandardCharsets.UTF_8);
    }
    return root;
  }

  @Override
  protected Map<String, Integer> expectedCounts() {
    return Map.ofEntries(
        Map.entry("files_seen", 23),
        Map.entry("files_parsed", 11),
        Map.entry("files_skipped", 12),
        Map.entry("unparsed_lines", 2),
        Map.entry("laws", 9),
        Map.entry("versions", 11),
        Map.entry("articles_in_force", 28),
        Map.entry("not_markdown", 1),
        Map.entry("index_page", 4),
        Map.entry("case_writeup", 1),
        Map.entry("template", 1),
        Map.entry("not_statute", 1),
        Map.entry("amendment_document", 2),
        Map.entry("no_articles", 1),
        Map.entry("duplicate_version", 1),
        Map.entry("partly_parsed", 1));
  }

  @Override
  protected Map<String, String> expectedArticles() {
    return Map.of(
        CONTRACTS + "|2|0",
        "本法所称示例合同，是指当事人之间设立、变更、终止示例权利义务的协议。\n当事人可以以书面、口头或者别的方式订立示例合同。",
        CONTRACTS + "|3|0",
        "当事人订立示例合同，应当遵循下列原则：\n（一）平等；\n（二）自愿；\n（三）诚信。",
        CONTRACTS + "|3|1",
        "当事人不得利用示例合同损害他人合法权益。",
        CONTRACTS + "|4|0",
        "要约是希望与他人订立示例合同的意思表示。\n要约应当内容具体确定。",
        CONTRACTS + "|5|0",
        "承诺是示例受要约人对要约表示同意。依照第四条规定的要约，承诺应当以通知的方式作出。\n第四条规定的通知，可以采用书面形式。",
        CRIMINAL + "|133|2",
        "对行驶中的示例车辆的驾驶人员使用暴力，危及公共安全的，处一年以下有期徒刑。",
        INTERPRETATION + "|2|0",
        "当事人主张示例合同无效的，应当提供证据。\n第一条规定的示例纠纷，包括因示例合同引起的纠纷。",
        "示例登记办法|1|0",
        "为了规范示例登记，制定本办法。",
        NEWLINE_LAW + "|1|0",
        "为了保障示例权益，制定本法。");
  }

  @Test
  void headingsAtEveryDepthMakeTheChapterPath() {
    Law law = law(CONTRACTS);
    assertEquals(List.of("第一编 总则", "第一章 一般规定"), article(law, 1, 0).chapterPath());
    assertEquals(List.of("第一编 总则", "第二章 订立", "第一节 要约"), article(law, 4, 0).chapterPath());
    assertEquals(List.of("第一编 总则", "第二章 订立", "第二节 承诺"), article(law, 5, 0).chapterPath());
    assertEquals(List.of("第二编 附则"), article(law, 6, 0).chapterPath());
  }

  @Test
  void articlesKeepDocumentOrderAndPreambleIsNoArticle() {
    List<ArticleNumber> numbers =
        law(CONTRACTS).inForce().articles().stream().map(Article::number).toList();
    assertEquals(
        List.of(
            ArticleNumber.of(1),
            ArticleNumber.of(2),
            ArticleNumber.of(3),
            ArticleNumber.of(3, 1),
            ArticleNumber.of(4),
            ArticleNumber.of(5),
            ArticleNumber.of(6)),
        numbers);
    assertTrue(article(law(CONTRACTS), 1, 0).text().startsWith("为了规范示例合同关系"));
  }

  @Test
  void twoDatedVersionsKeepTheSupersededOne() {
    Law law = law(CONTRACTS);
    assertEquals(2, law.versions().size());
    LawVersion old = law.versions().get(0);
    LawVersion inForce = law.inForce();
    assertEquals(LocalDate.of(2019, 1, 1), old.versionDate());
    assertEquals(LocalDate.of(2023, 6, 30), inForce.versionDate());
    assertEquals(Optional.of(LocalDate.of(2023, 6, 30)), inForce.promulgated());
    assertEquals(Optional.of(LocalDate.of(2023, 9, 1)), inForce.effective());
    assertEquals(3, inForce.history().size());
    assertEquals("为了规范示例合同关系，制定本法。", old.article(ArticleNumber.of(1)).orElseThrow().text());
    assertEquals(old, law.inForceOn(LocalDate.of(2020, 1, 1)).orElseThrow());
    assertEquals(3, old.articles().size());
  }

  @Test
  void anUndatedFileRanksBelowTheDatedOne() {
    Law law = law("示例管理条例");
    assertEquals(2, law.versions().size());
    assertEquals(LocalDate.of(2008, 5, 1), law.versions().get(0).versionDate());
    assertEquals(List.of(Path.of("行政法规", "示例管理条例.md")), law.versions().get(0).sources());
    assertEquals(LocalDate.of(2020, 3, 1), law.inForce().versionDate());
    assertEquals(3, law.inForce().articles().size());
  }

  @Test
  void anUndatedLawIsDatedByItsHistory() {
    LawVersion version = law(CRIMINAL).inForce();
    assertTrue(version.dated());
    assertEquals(LocalDate.of(2020, 12, 26), version.versionDate());
    assertEquals(Optional.empty(), version.effective());
  }

  @Test
  void anAmendmentIsNeitherALawNorMergedIntoTheLawItAmends() {
    assertTrue(corpus().law("中华人民共和国示例刑法修正案（二）").isEmpty());
    assertTrue(corpus().law("中华人民共和国示例宪法修正案（2018年）").isEmpty());
    Law law = law(CRIMINAL);
    assertEquals(1, law.versions().size());
    assertEquals(List.of(Path.of("刑法", "示例刑法.md")), law.inForce().sources());
    assertEquals(
        "在示例道路上驾驶示例车辆，有下列情形之一的，依照示例条文处罚：\n（一）追逐竞驶，情节恶劣的；\n（二）醉酒驾驶示例车辆的。",
        article(law, 133, 1).text());
    assertEquals(5, law.inForce().articles().size());
    assertEquals(
        List.of("刑法/示例刑法修正案（二）.md", "宪法/示例宪法修正案（2018年）.md"),
        result.report().examples().get(SkipReason.AMENDMENT_DOCUMENT).stream()
            .map(p -> p.replace('\\', '/'))
            .toList());
  }

  @Test
  void levelsAndRegionsComeFromTheFolders() {
    assertEquals(LawLevel.CONSTITUTION, law("中华人民共和国示例宪法").level());
    assertEquals(LawLevel.LAW, law(CONTRACTS).level());
    assertEquals(LawLevel.LAW, law(NEWLINE_LAW).level());
    assertEquals(LawLevel.ADMINISTRATIVE_REGULATION, law("示例管理条例").level());
    assertEquals(LawLevel.JUDICIAL_INTERPRETATION, law(INTERPRETATION).level());
    assertEquals(LawLevel.DEPARTMENTAL_RULE, law("示例登记办法").level());
    Law local = law("广东省示例条例");
    assertEquals(LawLevel.LOCAL_REGULATION, local.level());
    assertEquals(Optional.of("广东"), local.region());
    assertEquals(Optional.of("广东"), local.inForce().region());
    assertEquals(Optional.empty(), law(CONTRACTS).region());
    assertEquals(Optional.of("广东"), corpus().region("广东省示例条例"));
  }

  @Test
  void theSameVersionInTwoFoldersIsReadOnce() {
    Law law = law("中华人民共和国示例广告法");
    assertEquals(1, law.versions().size());
    assertEquals(List.of(Path.of("经济法", "示例广告法(2021-04-29).md")), law.inForce().sources());
  }

  @Test
  void aMalformedHeadingIsLeftOutAndCounted() {
    Law law = law(INTERPRETATION);
    assertEquals(
        List.of(ArticleNumber.of(1), ArticleNumber.of(2), ArticleNumber.of(4)),
        law.inForce().articles().stream().map(Article::number).toList());
    assertEquals(
        List.of(Path.of("司法解释", "最高人民法院关于审理示例纠纷案件适用法律若干问题的解释(2021-01-01).md").toString()),
        result.report().examples().get(SkipReason.PARTLY_PARSED));
    assertEquals(Optional.of(LocalDate.of(2020, 12, 23)), law.inForce().promulgated());
    assertEquals(Optional.of(LocalDate.of(2021, 1, 1)), law.inForce().effective());
  }

  @Test
  void aFileNameWithANewlineIsRead() {
    LawVersion version = law(NEWLINE_LAW).inForce();
    assertEquals(LocalDate.of(2020, 2, 2), version.versionDate());
    assertTrue(version.sources().get(0).getFileName().toString().contains("\n"));
  }

  @Test
  void fullWidthDigitsNumberArticles() {
    assertEquals(2, law("示例登记办法").inForce().articles().size());
    assertEquals("本办法自2020年1月1日起施行。", article(law("示例登记办法"), 2, 0).text());
  }

  @Test
  void theCatalogAnswersForTheVersionInForce() {
    var found = corpus().article(CONTRACTS, ArticleNumber.of(3, 1)).orElseThrow();
    assertEquals(CONTRACTS + "|3|1", found.docId());
    assertEquals(LocalDate.of(2023, 6, 30), found.version());
    assertTrue(corpus().article(CONTRACTS, ArticleNumber.of(3, 2)).isEmpty());
    assertFalse(corpus().titles().contains("示例维权攻略"));
    assertFalse(corpus().titles().contains("某条法律的标题"));
    assertFalse(corpus().titles().contains("国务院关于示例工作的决定"));
    assertFalse(corpus().titles().contains("示例加班费案例"));
  }

  @Test
  void theTableListsReasonsAndEndsWithTheElapsedTime() {
    String table = result.report().table();
    assertTrue(table.contains("amendment_document"), table);
    assertTrue(table.contains("articles in force"), table);
    String[] lines = table.strip().split("\n");
    assertTrue(lines[lines.length - 1].matches("elapsed\\s+\\d+\\.\\d\\d s"), table);
  }
}
