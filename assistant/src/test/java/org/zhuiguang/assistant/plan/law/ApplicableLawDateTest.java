package org.zhuiguang.assistant.plan.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.plan.DisputePlan;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * {@code occurred_on}: articles are quoted from the version in force on the day the dispute arose,
 * on an invented corpus (one law in two versions with made-up texts).
 */
class ApplicableLawDateTest {

  private static final String LAW = "示范邻里条例";
  private static final LocalDate OLD = LocalDate.of(2010, 1, 1);
  private static final LocalDate NEW = LocalDate.of(2021, 1, 1);

  private static LawVersion version(String title, LocalDate date, Map<Integer, String> texts) {
    List<Article> articles = new ArrayList<>();
    texts.forEach(
        (n, text) -> articles.add(new Article(ArticleNumber.of(n), List.of(), List.of(text))));
    articles.sort((a, b) -> a.number().compareTo(b.number()));
    return new LawVersion(
        title,
        LawLevel.LAW,
        Optional.empty(),
        date,
        Optional.of(date),
        Optional.of(date),
        List.of(),
        articles,
        List.of(Path.of(title + "(" + date + ").md")));
  }

  private static Law law(String title, Map<Integer, String> old, Map<Integer, String> current) {
    return new Law(
        title,
        LawLevel.LAW,
        Optional.empty(),
        List.of(version(title, OLD, old), version(title, NEW, current)));
  }

  private final Corpus corpus =
      new Corpus(
          List.of(
              law(
                  LAW,
                  Map.of(1, "旧版第一条：邻里之间应当和睦相处。", 2, "旧版第二条：漏水应当及时修缮。"),
                  Map.of(
                      1, "新版第一条：邻里之间应当互谅互让。",
                      2, "新版第二条：漏水应当在七日内修缮。",
                      3, "新版第三条：新增的调解程序。"))));

  private final ApplicableLaw law = new ApplicableLaw(corpus);

  private static LegalIssue issue(int... numbers) {
    List<StatuteReference> refs = new ArrayList<>();
    for (int n : numbers) {
      refs.add(new StatuteReference(LAW, ArticleNumber.of(n)));
    }
    return new LegalIssue("t", "测试问题", Set.of(), Set.of(), Set.of(), Stance.BOTH, refs);
  }

  @Test
  void aDisputeBeforeTheAmendmentIsQuotedFromTheOldVersion() {
    ApplicableLaw.Resolution r =
        law.resolve(List.of(issue(1, 2, 3)), Optional.of(LocalDate.of(2015, 6, 1)));

    assertEquals(2, r.cited().size());
    StatuteArticle first = r.cited().get(0).article();
    assertEquals("旧版第一条：邻里之间应当和睦相处。", first.text());
    assertEquals(OLD, first.version());
    assertEquals("旧版第二条：漏水应当及时修缮。", r.cited().get(1).article().text());
    assertEquals(
        List.of(new StatuteReference(LAW, ArticleNumber.of(3))), r.unresolved(), "not yet enacted");
    assertTrue(r.notes().get(0).contains(OLD.toString()), r.notes().toString());
  }

  @Test
  void aDisputeAfterTheAmendmentOrWithoutADayIsQuotedFromTheCurrentVersion() {
    for (Optional<LocalDate> day :
        List.of(Optional.of(LocalDate.of(2024, 3, 1)), Optional.<LocalDate>empty())) {
      ApplicableLaw.Resolution r = law.resolve(List.of(issue(1, 3)), day);
      assertEquals(2, r.cited().size(), day.toString());
      assertEquals("新版第一条：邻里之间应当互谅互让。", r.cited().get(0).article().text());
      assertEquals(NEW, r.cited().get(0).article().version());
      assertTrue(r.unresolved().isEmpty());
      assertTrue(r.notes().isEmpty(), r.notes().toString());
    }
  }

  @Test
  void theDayTheAmendmentTakesEffectUsesTheNewVersion() {
    ApplicableLaw.Resolution r = law.resolve(List.of(issue(2)), Optional.of(NEW));
    assertEquals("新版第二条：漏水应当在七日内修缮。", r.cited().get(0).article().text());
    r = law.resolve(List.of(issue(2)), Optional.of(NEW.minusDays(1)));
    assertEquals("旧版第二条：漏水应当及时修缮。", r.cited().get(0).article().text());
  }

  @Test
  void aDisputeBeforeEveryVersionIsQuotedFromTheCurrentOneWithANote() {
    ApplicableLaw.Resolution r =
        law.resolve(List.of(issue(1)), Optional.of(LocalDate.of(2001, 1, 1)));
    assertEquals("新版第一条：邻里之间应当互谅互让。", r.cited().get(0).article().text());
    assertTrue(r.notes().get(0).contains("晚于纠纷发生日"), r.notes().toString());
  }

  @Test
  void thePlanQuotesTheVersionInForceWhenTheDisputeArose() {
    String civil = "中华人民共和国民法典";
    Corpus codes =
        new Corpus(
            List.of(law(civil, Map.of(288, "虚构旧文：相邻各方应当团结互助。"), Map.of(288, "虚构新文：相邻各方应当公平合理。"))));
    String narrative = "楼上邻居家的空调外机一直往我家窗台滴水，说了几次都不管。";
    PlanBuilder builder = PlanBuilder.withDefaults(codes);

    DisputePlan then = builder.build(narrative, Optional.of(LocalDate.of(2012, 5, 1)));
    DisputePlan now = builder.build(narrative);

    StatuteArticle old = article(then, 288);
    assertEquals("虚构旧文：相邻各方应当团结互助。", old.text());
    assertEquals(OLD, old.version());
    assertEquals("虚构新文：相邻各方应当公平合理。", article(now, 288).text());
    assertTrue(then.reasoning().stream().anyMatch(s -> s.startsWith("适用版本：纠纷发生于2012-05-01")));
  }

  private static StatuteArticle article(DisputePlan plan, int number) {
    return plan.articles().stream()
        .map(CitedArticle::article)
        .filter(a -> a.number().number() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not cited: " + number + " in " + plan.articles()));
  }
}
