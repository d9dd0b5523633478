package org.zhuiguang.corpus.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;

/** The resolver against a small invented corpus: titles are real, article texts are not. */
class CitationResolverTest {

  static final String CIVIL_CODE = "中华人民共和国民法典";
  static final String LABOUR_CONTRACT = "中华人民共和国劳动合同法";
  static final String LABOUR = "中华人民共和国劳动法";
  static final String CRIMINAL = "中华人民共和国刑法";
  static final String CIVIL_PROCEDURE = "中华人民共和国民事诉讼法";
  static final String EXPROPRIATION = "国有土地上房屋征收与补偿条例";
  static final String SHANDONG_EXPROPRIATION = "山东省国有土地上房屋征收与补偿条例";
  static final String GUARANTEE = "最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释";
  static final String CIVIL_PROCEDURE_INTERPRETATION = "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释";
  static final String COURT_RULE = "最高人民法院关于审理示例纠纷案件适用法律若干问题的规定";
  static final String PROCURATORATE_RULE = "最高人民检察院关于审理示例纠纷案件适用法律若干问题的规定";
  static final String SAMPLE_RULE = "最高人民法院关于审理样本案件的规定";

  static final Corpus CORPUS =
      new Corpus(
          List.of(
              law(CIVIL_CODE, LawLevel.LAW, 1, 10, 11, 12, 288, 509, 510, 511, 1079),
              law(LABOUR_CONTRACT, LawLevel.LAW, 30, 39, 40, 82),
              law(LABOUR, LawLevel.LAW, 1, 30),
              law(
                  CRIMINAL,
                  LawLevel.LAW,
                  List.of(
                      ArticleNumber.of(132),
                      ArticleNumber.of(133),
                      ArticleNumber.of(133, 1),
                      ArticleNumber.of(133, 2),
                      ArticleNumber.of(134))),
              law(CIVIL_PROCEDURE, LawLevel.LAW, 1),
              law(EXPROPRIATION, LawLevel.ADMINISTRATIVE_REGULATION, 5),
              law(SHANDONG_EXPROPRIATION, LawLevel.LOCAL_REGULATION, 5, 6),
              law(GUARANTEE, LawLevel.JUDICIAL_INTERPRETATION, 10, 14),
              law(CIVIL_PROCEDURE_INTERPRETATION, LawLevel.JUDICIAL_INTERPRETATION, 1),
              law(COURT_RULE, LawLevel.JUDICIAL_INTERPRETATION, 1),
              law(PROCURATORATE_RULE, LawLevel.JUDICIAL_INTERPRETATION, 1, 2),
              law(SAMPLE_RULE, LawLevel.JUDICIAL_INTERPRETATION, 1)));

  final CitationResolver resolver = new CitationResolver(CORPUS);

  static Law law(String title, LawLevel level, int... numbers) {
    List<ArticleNumber> articles = new ArrayList<>();
    for (int number : numbers) {
      articles.add(ArticleNumber.of(number));
    }
    return law(title, level, articles);
  }

  static Law law(String title, LawLevel level, List<ArticleNumber> numbers) {
    Optional<String> region =
        level == LawLevel.LOCAL_REGULATION ? Optional.of(title.substring(0, 2)) : Optional.empty();
    List<Article> articles =
        numbers.stream()
            .map(
                n ->
                    new Article(
                        n, List.of(), List.of("虚构条文：" + n.toChinese() + "的示例内容。", "示例第二款。")))
            .toList();
    LawVersion version =
        new LawVersion(
            title,
            level,
            region,
            LocalDate.of(2020, 5, 28),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            articles,
            List.of());
    return new Law(title, level, region, List.of(version));
  }

  private Citation only(String text) {
    List<Citation> found = resolver.find(text);
    assertEquals(1, found.size(), () -> "citations in " + text + ": " + found);
    return found.get(0);
  }

  private static void assertResolved(Citation citation, String law, ArticleNumber number) {
    assertTrue(citation.resolved(), () -> "unresolved: " + citation);
    assertEquals(Optional.of(law), citation.law());
    assertEquals(Optional.of(number), citation.number());
    assertEquals(law, citation.article().orElseThrow().law());
    assertEquals(number, citation.article().orElseThrow().number());
    assertEquals(Optional.of(LocalDate.of(2020, 5, 28)), citation.version());
    assertTrue(citation.unresolved().isEmpty());
  }

  private static void assertUnresolved(Citation citation, UnresolvedReason reason) {
    assertFalse(citation.resolved(), () -> "resolved: " + citation);
    assertEquals(Optional.of(reason), citation.unresolved(), citation::toString);
    assertTrue(citation.article().isEmpty());
  }

  // --- single citations, every form of name and number

  @ParameterizedTest
  @CsvSource({
    "《中华人民共和国民法典》第二百八十八条, 中华人民共和国民法典, 288",
    "《民法典》第二百八十八条, 中华人民共和国民法典, 288",
    "中华人民共和国民法典第二百八十八条, 中华人民共和国民法典, 288",
    "民法典第288条, 中华人民共和国民法典, 288",
    "民法典第２８８条, 中华人民共和国民法典, 288",
    "《民法典》 第 288 条, 中华人民共和国民法典, 288",
    "劳动合同法第三十条, 中华人民共和国劳动合同法, 30",
    "劳动法第三十条, 中华人民共和国劳动法, 30",
    "民诉法第一条, 中华人民共和国民事诉讼法, 1",
    "《民事诉讼法》第1条, 中华人民共和国民事诉讼法, 1",
    "国有土地上房屋征收与补偿条例第五条, 国有土地上房屋征收与补偿条例, 5",
    "山东省国有土地上房屋征收与补偿条例第五条, 山东省国有土地上房屋征收与补偿条例, 5",
    "《山东省国有土地上房屋征收与补偿条例》第五条, 山东省国有土地上房屋征收与补偿条例, 5",
    "民诉法解释第一条, 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释, 1",
    "民法典婚姻家庭编第一千零七十九条, 中华人民共和国民法典, 1079",
    "《民法典》中第一千零七十九条, 中华人民共和国民法典, 1079",
    "民法典的第10条, 中华人民共和国民法典, 10",
    "《民法典》（2020年）第十条, 中华人民共和国民法典, 10",
    "《中华人民共和国民法典（2020年公布）》第十条, 中华人民共和国民法典, 10",
    "最高人民法院《关于审理样本案件的规定》第一条, 最高人民法院关于审理样本案件的规定, 1",
    "《关于审理样本案件的规定》第一条, 最高人民法院关于审理样本案件的规定, 1"
  })
  void resolvesACitationWrittenInAnyForm(String text, String law, int number) {
    Citation citation = only("依照" + text + "的规定处理。");
    assertResolved(citation, law, ArticleNumber.of(number));
    assertEquals(text, citation.text());
    assertEquals(2, citation.start());
    assertEquals(2 + text.length(), citation.end());
  }

  @Test
  void readsParagraphsAndItems() {
    Citation paragraph = only("《劳动合同法》第八十二条第一款");
    assertResolved(paragraph, LABOUR_CONTRACT, ArticleNumber.of(82));
    assertEquals(OptionalInt.of(1), paragraph.paragraph());
    assertTrue(paragraph.item().isEmpty());

    for (String text : List.of("担保制度解释第十四条第（一）项", "担保制度解释第十四条第一项", "担保制度解释第十四条第(一)项")) {
      Citation item = only(text);
      assertResolved(item, GUARANTEE, ArticleNumber.of(14));
      assertEquals(OptionalInt.of(1), item.item(), text);
      assertEquals(text, item.text());
    }

    Citation both = only("《劳动合同法》第三十条第二款第（三）项规定");
    assertEquals(OptionalInt.of(2), both.paragraph());
    assertEquals(OptionalInt.of(3), both.item());
    assertEquals("《劳动合同法》第三十条第二款第（三）项", both.text());

    Citation paragraphs = only("《劳动合同法》第三十条第一款、第二款");
    assertEquals(OptionalInt.of(1), paragraphs.paragraph());
    assertEquals("《劳动合同法》第三十条第一款、第二款", paragraphs.text());
  }

  @Test
  void readsInsertedArticles() {
    assertResolved(only("刑法第一百三十三条之一"), CRIMINAL, ArticleNumber.of(133, 1));
    assertResolved(only("《刑法》第133条之2"), CRIMINAL, ArticleNumber.of(133, 2));
    assertUnresolved(only("刑法第一百三十三条之三"), UnresolvedReason.NO_SUCH_ARTICLE);
    assertResolved(only("刑法第一百三十三条之规定"), CRIMINAL, ArticleNumber.of(133));
  }

  // --- lists and ranges

  @Test
  void resolvesListsOneCitationPerArticle() {
    List<Citation> found = resolver.find("根据《民法典》第十条、第十一条及第十二条和劳动法第一条");
    assertEquals(4, found.size(), found::toString);
    assertResolved(found.get(0), CIVIL_CODE, ArticleNumber.of(10));
    assertEquals("《民法典》第十条", found.get(0).text());
    assertResolved(found.get(1), CIVIL_CODE, ArticleNumber.of(11));
    assertEquals("第十一条", found.get(1).text());
    assertResolved(found.get(2), CIVIL_CODE, ArticleNumber.of(12));
    assertResolved(found.get(3), LABOUR, ArticleNumber.of(1));

    List<Citation> pair = resolver.find("民法典第十条和第十二条");
    assertEquals(
        List.of(ArticleNumber.of(10), ArticleNumber.of(12)),
        pair.stream().map(c -> c.number().orElseThrow()).toList());
    assertTrue(pair.stream().allMatch(Citation::resolved));

    List<Citation> commas = resolver.find("《劳动合同法》第三十九条，第四十条");
    assertEquals(2, commas.size());
    assertResolved(commas.get(1), LABOUR_CONTRACT, ArticleNumber.of(40));
  }

  @Test
  void readsNumbersSharingOneArticleWord() {
    List<Citation> list = resolver.find("《民法典》第五百零九、五百一十一条");
    assertEquals(
        List.of(ArticleNumber.of(509), ArticleNumber.of(511)),
        list.stream().map(c -> c.number().orElseThrow()).toList());
    assertEquals("《民法典》第五百零九", list.get(0).text());
    assertEquals("五百一十一条", list.get(1).text());
    assertTrue(list.stream().allMatch(Citation::resolved));

    List<Citation> range = resolver.find("民法典第509-511条第二款");
    assertEquals(3, range.size(), range::toString);
    assertTrue(range.stream().allMatch(Citation::resolved));
    assertEquals(OptionalInt.of(2), range.get(2).paragraph());
  }

  @Test
  void expandsRangesToEveryArticleThatExists() {
    List<Citation> found = resolver.find("《民法典》第五百零九条至第五百一十一条");
    assertEquals(
        List.of(ArticleNumber.of(509), ArticleNumber.of(510), ArticleNumber.of(511)),
        found.stream().map(c -> c.number().orElseThrow()).toList());
    assertTrue(found.stream().allMatch(Citation::resolved));
    assertTrue(found.stream().allMatch(c -> c.text().equals("《民法典》第五百零九条至第五百一十一条")));

    List<Citation> inserted = resolver.find("刑法第一百三十三条至第一百三十四条");
    assertEquals(
        List.of(
            ArticleNumber.of(133),
            ArticleNumber.of(133, 1),
            ArticleNumber.of(133, 2),
            ArticleNumber.of(134)),
        inserted.stream().map(c -> c.number().orElseThrow()).toList());

    List<Citation> gap = resolver.find("民法典第九条至十一条");
    assertEquals(3, gap.size(), gap::toString);
    assertUnresolved(gap.get(0), UnresolvedReason.NO_SUCH_ARTICLE);
    assertEquals(Optional.of(CIVIL_CODE), gap.get(0).law());
    assertResolved(gap.get(1), CIVIL_CODE, ArticleNumber.of(10));
    assertResolved(gap.get(2), CIVIL_CODE, ArticleNumber.of(11));

    List<Citation> unknown = resolver.find("外星人保护法第一条至第三条");
    assertEquals(2, unknown.size());
    assertTrue(unknown.stream().noneMatch(Citation::resolved));
  }

  // --- references back to a law named before

  @Test
  void resolvesReferencesBackToTheLawNamedBefore() {
    List<Citation> found = resolver.find("《劳动合同法》第八十二条规定了二倍工资；该法第三十条规定了报酬；同法第三十九条；本法第四十条。");
    assertEquals(4, found.size());
    for (Citation citation : found) {
      assertResolved(citation, LABOUR_CONTRACT, citation.number().orElseThrow());
    }
    assertEquals("该法第三十条", found.get(1).text());
    assertEquals(Optional.of("该法"), found.get(1).lawAsWritten());

    Citation afterTitleOnly = resolver.find("依据《民法典》的规定，该法第十条").get(0);
    assertResolved(afterTitleOnly, CIVIL_CODE, ArticleNumber.of(10));

    Citation kind = resolver.find("《劳动法》第一条和《国有土地上房屋征收与补偿条例》第五条，该法第三十条").get(2);
    assertResolved(kind, LABOUR, ArticleNumber.of(30));

    Citation regulation = resolver.find("《劳动法》第一条和国有土地上房屋征收与补偿条例第五条，该条例第五条").get(2);
    assertResolved(regulation, EXPROPRIATION, ArticleNumber.of(5));
  }

  @Test
  void aReferenceBackWithNothingBeforeItIsUnresolved() {
    Citation citation = only("该法第三十条规定");
    assertUnresolved(citation, UnresolvedReason.NO_LAW_NAMED);
    assertTrue(citation.law().isEmpty());
    assertUnresolved(only("本法第一条"), UnresolvedReason.NO_LAW_NAMED);
  }

  @Test
  void aReferenceBackToAnUnknownLawStaysUnknown() {
    List<Citation> found = resolver.find("民法典第十条；《外星人保护法》第二条；该法第三条");
    assertResolved(found.get(0), CIVIL_CODE, ArticleNumber.of(10));
    assertUnresolved(found.get(1), UnresolvedReason.UNKNOWN_LAW);
    assertUnresolved(found.get(2), UnresolvedReason.UNKNOWN_LAW);
  }

  // --- names inside names

  @Test
  void aNationalNameDoesNotResolveToTheLocalRuleContainingIt() {
    assertResolved(only("根据国有土地上房屋征收与补偿条例第五条"), EXPROPRIATION, ArticleNumber.of(5));
    assertResolved(only("根据山东省国有土地上房屋征收与补偿条例第五条"), SHANDONG_EXPROPRIATION, ArticleNumber.of(5));
    assertUnresolved(only("根据国有土地上房屋征收与补偿条例第六条"), UnresolvedReason.NO_SUCH_ARTICLE);
    // a local rule the catalog does not hold is unknown, not the national one
    assertUnresolved(only("根据江苏省国有土地上房屋征收与补偿条例第五条"), UnresolvedReason.UNKNOWN_LAW);
    assertEquals(Optional.of(EXPROPRIATION), resolver.resolveLawName("国有土地上房屋征收与补偿条例"));
  }

  @Test
  void resolvesJudicialInterpretationsWithTitlesInsideTheirTitles() {
    for (String text :
        List.of(
            "最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释第十条",
            "《最高人民法院关于适用〈中华人民共和国民法典〉有关担保制度的解释》第十条",
            "《最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释》第十条",
            "《最高人民法院关于适用〈民法典〉有关担保制度的解释》第十条")) {
      Citation citation = only("依照" + text);
      assertResolved(citation, GUARANTEE, ArticleNumber.of(10));
      assertEquals(text, citation.text());
    }
  }

  @Test
  void anUnknownInterpretationNeverResolvesToTheLawInsideItsTitle() {
    for (String text :
        List.of(
            "最高人民法院关于适用《中华人民共和国民法典》物权编的解释（一）第十条",
            "《最高人民法院关于适用〈中华人民共和国民法典〉物权编的解释（一）》第十条",
            "《最高人民法院关于适用《中华人民共和国民法典》物权编的解释（一）》第十条")) {
      Citation citation = only(text);
      assertUnresolved(citation, UnresolvedReason.UNKNOWN_LAW);
      assertTrue(citation.law().isEmpty());
    }
  }

  @Test
  void anIssuerMustFitTheTitle() {
    assertUnresolved(only("最高人民检察院《关于审理样本案件的规定》第一条"), UnresolvedReason.UNKNOWN_LAW);
    assertUnresolved(only("最高人民检察院关于审理样本案件的规定第一条"), UnresolvedReason.UNKNOWN_LAW);
    assertUnresolved(
        resolver.resolve("最高人民检察院关于审理样本案件的规定", ArticleNumber.of(1)), UnresolvedReason.UNKNOWN_LAW);
    assertEquals(Optional.of(SAMPLE_RULE), resolver.resolveLawName("关于审理样本案件的规定"));
  }

  @Test
  void theLongestKnownNameWins() {
    // 劳动法 is a known name too, but 劳动合同法 is longer and ends at the same place
    assertResolved(only("劳动合同法第八十二条"), LABOUR_CONTRACT, ArticleNumber.of(82));
    // the issuer decides between two interpretations of one name
    assertResolved(only(PROCURATORATE_RULE + "第二条"), PROCURATORATE_RULE, ArticleNumber.of(2));
  }

  // --- what cannot be resolved

  @Test
  void unknownLawsMissingArticlesAndBareNumbersAreUnresolved() {
    assertUnresolved(only("《外星人保护法》第三条"), UnresolvedReason.UNKNOWN_LAW);
    assertEquals(Optional.of("外星人保护法"), only("《外星人保护法》第三条").lawAsWritten());
    assertUnresolved(only("依据外星人保护法第三条"), UnresolvedReason.UNKNOWN_LAW);
    Citation missing = only("民法典第999条");
    assertUnresolved(missing, UnresolvedReason.NO_SUCH_ARTICLE);
    assertEquals(Optional.of(CIVIL_CODE), missing.law());
    assertUnresolved(only("双方应按合同第三条履行"), UnresolvedReason.NO_LAW_NAMED);
    assertUnresolved(only("第三条"), UnresolvedReason.NO_LAW_NAMED);
    // 合同法 is no abbreviation of 劳动合同法, and 同法 inside it is no reference back
    List<Citation> contracts = resolver.find("劳动合同法第三十条；合同法第五十二条");
    assertResolved(contracts.get(0), LABOUR_CONTRACT, ArticleNumber.of(30));
    assertUnresolved(contracts.get(1), UnresolvedReason.UNKNOWN_LAW);
  }

  @Test
  void anAliasToATitleOutsideTheCatalogIsIgnored() {
    assertEquals(Optional.empty(), resolver.resolveLawName("刑诉法"));
    assertUnresolved(only("刑诉法第一条"), UnresolvedReason.UNKNOWN_LAW);
  }

  @Test
  void findsNothingWhereThereIsNoArticle() {
    assertEquals(List.of(), resolver.find(""));
    assertEquals(List.of(), resolver.find("第十三届全国人民代表大会第三次会议通过，第三人可以参加诉讼。"));
    assertEquals(List.of(), resolver.find("第0条"));
  }

  // --- the structured API

  @ParameterizedTest
  @CsvSource({
    "中华人民共和国民法典, 288, 0, 中华人民共和国民法典",
    "民法典, 288, 0, 中华人民共和国民法典",
    "《民法典》, 288, 0, 中华人民共和国民法典",
    "劳动合同法, 82, 0, 中华人民共和国劳动合同法",
    "刑法, 133, 1, 中华人民共和国刑法",
    "最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释, 10, 0, " + "最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释",
    "最高人民法院关于适用中华人民共和国民法典有关担保制度的解释, 10, 0, " + "最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释",
    "民诉法解释, 1, 0, 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"
  })
  void resolvesStructuredReferences(String name, int article, int suffix, String title) {
    Citation citation = resolver.resolve(name, ArticleNumber.of(article, suffix));
    assertResolved(citation, title, ArticleNumber.of(article, suffix));
    assertEquals(Optional.of(title), resolver.resolveLawName(name));
  }

  @Test
  void structuredReferencesThatDoNotResolve() {
    assertUnresolved(
        resolver.resolve("民法典", ArticleNumber.of(999)), UnresolvedReason.NO_SUCH_ARTICLE);
    assertUnresolved(resolver.resolve("外星人保护法", ArticleNumber.of(1)), UnresolvedReason.UNKNOWN_LAW);
    assertUnresolved(resolver.resolve("", ArticleNumber.of(1)), UnresolvedReason.NO_LAW_NAMED);
    assertUnresolved(resolver.resolve(null, ArticleNumber.of(1)), UnresolvedReason.NO_LAW_NAMED);
    // 民法 is not 民法典, nor 山东省国有... a short form of the national rule
    assertUnresolved(resolver.resolve("民法", ArticleNumber.of(1)), UnresolvedReason.UNKNOWN_LAW);
    assertEquals(Optional.empty(), resolver.resolveLawName("山东国有土地上房屋征收与补偿条例"));
  }

  @Test
  void aNameThatFitsSeveralTitlesIsAmbiguousNeverPicked() {
    String shortName = "关于审理示例纠纷案件适用法律若干问题的规定";
    assertEquals(Optional.empty(), resolver.resolveLawName(shortName));
    Citation citation = resolver.resolve(shortName, ArticleNumber.of(1));
    assertUnresolved(citation, UnresolvedReason.AMBIGUOUS_LAW);
    assertTrue(citation.law().isEmpty());
    assertUnresolved(only("《" + shortName + "》第一条"), UnresolvedReason.AMBIGUOUS_LAW);
    // with its issuer the name is one title again
    assertEquals(Optional.of(COURT_RULE), resolver.resolveLawName(COURT_RULE));
  }

  // --- robustness

  @Test
  void everyCitationIsTheTextAtItsOffsets() {
    String text =
        "甲方依据《中华人民共和国劳动合同法》第八十二条第二款主张，乙方援引民法典第五百零九条至第五百一十一条、刑法第133条之1；"
            + "法院认为该法第三十条不适用，《外星人保护法》第三条亦无依据。";
    List<Citation> found = resolver.find(text);
    assertEquals(7, found.size(), found::toString);
    int previousStart = -1;
    for (Citation citation : found) {
      assertEquals(text.substring(citation.start(), citation.end()), citation.text());
      assertTrue(citation.start() >= previousStart, "document order");
      previousStart = citation.start();
    }
  }

  @Test
  void handlesLongInputs() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("《关于某事的通知》提到，依照《民法典》第十条、第十一条，以及该法第二百八十八条。");
    }
    long started = System.nanoTime();
    List<Citation> found = resolver.find(text.toString());
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(15_000, found.size());
    assertTrue(found.stream().allMatch(Citation::resolved));
    assertTrue(millis < 5_000, "took " + millis + " ms");
  }

  @Test
  void randomTextNeverBreaksTheScanner() {
    String alphabet = "第条款项之至、和及，一二三十百千零0123456789０１（）()《》〈〉民法典劳动合同该本同山东省国有土地上房屋征收与补偿条例 ";
    Random random = new Random(20250401L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String input = text.toString();
      for (Citation citation : resolver.find(input)) {
        assertEquals(input.substring(citation.start(), citation.end()), citation.text(), input);
        assertTrue(citation.resolved() == citation.article().isPresent(), input);
      }
    }
  }
}
