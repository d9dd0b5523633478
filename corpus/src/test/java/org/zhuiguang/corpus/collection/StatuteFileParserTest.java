package org.zhuiguang.corpus.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.LawLevel;

/** One file at a time: headers, articles, and the reasons a file is not a statute. */
class StatuteFileParserTest {

  private static final Path SOURCE = Path.of("行政法规", "示例条例(2020-01-01).md");
  private static final String HEADER = "# 示例条例\n\n2020年1月1日 公布\n\n<!-- INFO END -->\n\n";

  private static StatuteFile parsed(String text) {
    return parsed(SOURCE, text);
  }

  private static StatuteFile parsed(Path source, String text) {
    FileOutcome outcome = StatuteFileParser.parse(source, text);
    return assertInstanceOf(FileOutcome.Parsed.class, outcome, outcome.toString()).file();
  }

  private static SkipReason skipped(String text) {
    FileOutcome outcome = StatuteFileParser.parse(SOURCE, text);
    return assertInstanceOf(FileOutcome.Skipped.class, outcome, outcome.toString()).reason();
  }

  private static List<String> numbers(StatuteFile file) {
    return file.articles().stream().map(a -> a.number().toChinese()).toList();
  }

  @Test
  void readsTitleLevelDateAndArticles() {
    StatuteFile file = parsed(HEADER + "第一条 甲。\n\n第二条 乙。\n");
    assertEquals("示例条例", file.title());
    assertEquals(Optional.empty(), file.book());
    assertEquals(LawLevel.ADMINISTRATIVE_REGULATION, file.level());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 1)), file.fileDate());
    assertEquals(List.of("第一条", "第二条"), numbers(file));
    assertEquals(0, file.unparsedLines());
  }

  @Test
  void aHeadingAloneOnItsLineTakesTheFollowingParagraphs() {
    StatuteFile file = parsed(HEADER + "第一条\n\n甲。\n\n乙。\n");
    assertEquals(List.of("甲。", "乙。"), file.articles().get(0).paragraphs());
  }

  @Test
  void largeNumbersAndSuffixes() {
    StatuteFile file = parsed(HEADER + "第一千二百五十九条 甲。\n第一千二百六十条 乙。\n第一千二百六十条之十二 丙。\n");
    assertEquals(
        List.of(ArticleNumber.of(1259), ArticleNumber.of(1260), ArticleNumber.of(1260, 12)),
        file.articles().stream().map(Article::number).toList());
  }

  @Test
  void crossReferencesAtTheStartOfALineAreText() {
    StatuteFile file = parsed(HEADER + "第一条 甲。\n\n第二条 乙。\n\n第一条规定的事项，依照本条办理。\n\n第五条之规定不适用。\n");
    assertEquals(List.of("第一条", "第二条"), numbers(file));
    assertEquals(
        List.of("乙。", "第一条规定的事项，依照本条办理。", "第五条之规定不适用。"), file.articles().get(1).paragraphs());
  }

  @Test
  void aHeadingWithoutSpaceIsAnArticleWhenItsNumberIsDue() {
    StatuteFile file = parsed(HEADER + "第一条 甲。\n\n第二条本条例自公布之日起施行。\n");
    assertEquals(List.of("第一条", "第二条"), numbers(file));
    assertEquals("本条例自公布之日起施行。", file.articles().get(1).text());
  }

  @Test
  void aRepeatedNumberIsLeftOutAndCounted() {
    StatuteFile file = parsed(HEADER + "第一条 甲。\n\n第二条 乙。\n\n第一条 重复。\n\n重复的第二段。\n");
    assertEquals(List.of("甲。"), file.articles().get(0).paragraphs());
    assertEquals(List.of("乙。"), file.articles().get(1).paragraphs());
    assertEquals(2, file.unparsedLines());
  }

  @Test
  void commentsOverSeveralLinesAndCarriageReturnsAreHandled() {
    StatuteFile file =
        parsed(
            "\uFEFF# 示例条例\r\n\r\n2020年1月1日 公布\r\n<!-- INFO END -->\r\n"
                + "第一条 甲<!-- 行内注释 -->。\r\n<!-- 第二条 注释中的\r\n多行 -->\r\n乙。\r\n");
    assertEquals("示例条例", file.title());
    assertEquals(List.of("甲。", "乙。"), file.articles().get(0).paragraphs());
  }

  @Test
  void ideographicAndNoBreakSpacesAreWhitespace() {
    StatuteFile file = parsed(HEADER + "\u3000第一条\u3000甲。\u00a0\n\n第二条\u00a0乙。\n");
    assertEquals(List.of("第一条", "第二条"), numbers(file));
    assertEquals("甲。", file.articles().get(0).text());
  }

  @Test
  void aLineOfZeroWidthSpacesEndsTheArticle() {
    StatuteFile file = parsed(HEADER + "第一条 甲。\n\n\u200b\n\n总则之后的章名\n\n第二条 乙。\n\u200b\n");
    assertEquals(List.of("甲。"), file.articles().get(0).paragraphs());
    assertEquals(List.of("乙。"), file.articles().get(1).paragraphs());
    assertEquals(0, file.unparsedLines());
  }

  @Test
  void aHeadingSpoiltByADashIsLeftOutWithItsText() {
    StatuteFile file = parsed(HEADER + "第三十条 甲。\n\n第三十－条 乙。\n\n丙。\n\n第三十二条 丁。\n");
    assertEquals(List.of("第三十条", "第三十二条"), numbers(file));
    assertEquals("甲。", file.articles().get(0).text());
    assertEquals(2, file.unparsedLines());
  }

  @Test
  void textAfterAHeadingBelongsToNoArticle() {
    StatuteFile file = parsed(HEADER + "第一条 甲。\n\n## 附件\n\n附件的文字。\n");
    assertEquals("甲。", file.articles().get(0).text());
  }

  @Test
  void aBookSubtitleLeadsTheChapterPath() {
    StatuteFile file =
        parsed(
            Path.of("民法典", "物权编.md"),
            "# 示例法典\n\n# 物权编\n\n<!-- INFO END -->\n\n## 第一章 通则\n\n第一条 甲。\n");
    assertEquals(Optional.of("物权编"), file.book());
    assertEquals(List.of("物权编", "第一章 通则"), file.articles().get(0).chapterPath());
    assertEquals(Optional.empty(), file.fileDate());
  }

  @Test
  void reasonsForFilesThatAreNoStatutes() {
    assertEquals(SkipReason.NOT_STATUTE, skipped("# 攻略\n\n正文。\n"));
    assertEquals(SkipReason.NOT_STATUTE, skipped("没有标题\n<!-- INFO END -->\n第一条 甲。\n"));
    assertEquals(SkipReason.TEMPLATE, skipped("# 标题 <!-- 占位 -->\n<!-- INFO END -->\n第一条 xxxxx\n"));
    assertEquals(
        SkipReason.AMENDMENT_DOCUMENT, skipped("# 中华人民共和国示例法修正案（三）\n<!-- INFO END -->\n第一条 甲。\n"));
    assertEquals(SkipReason.NO_ARTICLES, skipped(HEADER + "一、总体要求\n\n二、主要措施\n"));
    FileOutcome guide =
        StatuteFileParser.parse(Path.of("其他", "攻略.md"), "# 攻略\n<!-- INFO END -->\n## 步骤\n文字。\n");
    assertEquals(
        SkipReason.NOT_STATUTE, assertInstanceOf(FileOutcome.Skipped.class, guide).reason());
  }

  @Test
  void amendmentTitles() {
    assertTrue(StatuteFileParser.isAmendment("中华人民共和国刑法修正案"));
    assertTrue(StatuteFileParser.isAmendment("中华人民共和国刑法修正案（十一）"));
    assertTrue(StatuteFileParser.isAmendment("中华人民共和国宪法修正案（2018年）"));
    assertTrue(StatuteFileParser.isAmendment("最高人民法院关于修改《某规定》等十八件司法解释的决定"));
    assertTrue(StatuteFileParser.isAmendment("北京市人民代表大会常务委员会关于废止部分地方性法规的决定"));
    assertFalse(StatuteFileParser.isAmendment("最高人民法院关于《中华人民共和国刑法修正案(八)》时间效力问题的解释"));
    assertFalse(StatuteFileParser.isAmendment("最高人民法院关于修改后的民事诉讼法施行时未结案件适用法律若干问题的规定"));
    assertFalse(StatuteFileParser.isAmendment("中华人民共和国刑法"));
  }

  @Test
  void fileNameDates() {
    assertEquals(
        Optional.of(LocalDate.of(2023, 12, 29)),
        StatuteFileParser.fileDate(Path.of("刑法", "修正案（十二）(2023-12-29).md")));
    assertEquals(
        Optional.of(LocalDate.of(2020, 2, 2)),
        StatuteFileParser.fileDate(Path.of("a", "示例\n法(2020-02-02).md")));
    assertEquals(Optional.empty(), StatuteFileParser.fileDate(Path.of("a", "法(2020-02-30).md")));
    assertEquals(Optional.empty(), StatuteFileParser.fileDate(Path.of("a", "法(2020-02-02).md\n")));
    assertEquals(Optional.empty(), StatuteFileParser.fileDate(Path.of("a", "法.md")));
  }

  @Test
  void historyDatesTellPromulgationFromEffect() {
    HistoryDates dates =
        HistoryDates.read(
            List.of(
                "1994年10月27日 印发，根据",
                "2020年12月23日 审判委员会第1823次会议通过，自２０２１年１月１日起施行",
                "自公布之日起施行",
                "2019年2月30日 不存在的日期"));
    assertEquals(2, dates.lines().size());
    assertEquals(Optional.of(LocalDate.of(2020, 12, 23)), dates.promulgated());
    assertEquals(Optional.of(LocalDate.of(2021, 1, 1)), dates.effective());
    assertEquals(Optional.of(LocalDate.of(2021, 1, 1)), dates.latest());
  }

  @Test
  void foldersGiveLevelsAndRegions() {
    assertEquals(
        new FolderLevel(LawLevel.LOCAL_REGULATION, Optional.of("上海")),
        FolderLevel.of(Path.of("DLC", "上海地方法规", "地方性法规", "上海", "x.md")));
    assertEquals(
        new FolderLevel(LawLevel.DEPARTMENTAL_RULE, Optional.empty()),
        FolderLevel.of(Path.of("部门规章", "人力资源社会保障部", "x.md")));
    assertEquals(
        new FolderLevel(LawLevel.LAW, Optional.empty()), FolderLevel.of(Path.of("宪法相关法", "x.md")));
    assertEquals(
        new FolderLevel(LawLevel.CONSTITUTION, Optional.empty()),
        FolderLevel.of(Path.of("宪法", "宪法.md")));
  }

  @Test
  void pathsSkippedWithoutReading() {
    assertEquals(
        Optional.of(SkipReason.CASE_WRITEUP),
        LawRefBookCollection.skipByPath(Path.of("案例", "民法典", "x.md")));
    assertEquals(
        Optional.of(SkipReason.INDEX_PAGE), LawRefBookCollection.skipByPath(Path.of("_index.md")));
    assertEquals(
        Optional.of(SkipReason.INDEX_PAGE), LawRefBookCollection.skipByPath(Path.of("README.md")));
    assertEquals(
        Optional.of(SkipReason.TEMPLATE), LawRefBookCollection.skipByPath(Path.of("法律法规模版.md")));
    assertEquals(
        Optional.of(SkipReason.NOT_MARKDOWN),
        LawRefBookCollection.skipByPath(Path.of("刑法", "x.md.bak")));
    assertEquals(Optional.empty(), LawRefBookCollection.skipByPath(Path.of("刑法", "刑法.md")));
  }
}
