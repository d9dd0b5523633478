package org.zhuiguang.assistant.plan.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.answer.LlmException;
import org.zhuiguang.assistant.plan.DisputePlan;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.plan.PlanMarkdown;
import org.zhuiguang.assistant.plan.StubCatalog;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.sandbox.PartyView;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.cite.CitationResolver;

/** LLM mode for plans, with an in-process model: merging, grounding, fallbacks and masking. */
class LlmPlannerTest {

  private static final String NARRATIVE =
      "城中村6号楼的老彭在自家天台搭铁皮房，挡住了隔壁602罗姐家的窗户，白天也要开灯。罗姐的电话13812345678，她说老彭不拆就打12345。";

  private final StubCatalog catalog = new StubCatalog();
  private final CitationResolver resolver = new CitationResolver(catalog);
  private final DisputePlan offline = PlanBuilder.withDefaults(catalog).build(NARRATIVE);

  /** A model that records its prompts and answers with {@code reply}. */
  private static final class Model implements PlanNarrator {
    final List<PlanPrompt> prompts = new ArrayList<>();
    final Function<PlanPrompt, String> reply;

    Model(Function<PlanPrompt, String> reply) {
      this.reply = reply;
    }

    @Override
    public String model() {
      return "test-model";
    }

    @Override
    public String write(PlanPrompt prompt) {
      prompts.add(prompt);
      return reply.apply(prompt);
    }
  }

  private DisputePlan refine(Model model, boolean mask) {
    return new LlmPlanner(model, catalog, resolver::find, mask).refine(offline);
  }

  private static String reply(String extraInterest, String refs) {
    return String.format(
        Locale.ROOT,
        """
        {"dispute_type": "噪声扰民",
         "summary": "[当事人1]在天台搭建，遮挡邻居采光。",
         "parties": [
          {"role": "受影响的邻居", "position": "要求[当事人1]拆除遮挡部分",
           "interests": ["恢复白天采光", "%s"],
           "moves": [{"move": "拨打12345投诉", "cost": "耗时，邻里关系恶化"}],
           "articles_for": [%s]},
          {"role": "搭建方", "position": "认为在自家楼顶搭建无需他人同意",
           "interests": ["保留存放杂物的空间"],
           "moves": [{"move": "拒不拆除", "cost": "可能被责令限期拆除"}]}
         ],
         "options": ["降低搭建高度，保证窗户采光", "限期自行拆除，社区回访"]}
        """,
        extraInterest,
        refs);
  }

  @Test
  void theModelWritesTheSidesWhileGradeRoutingAndLawStayDeterministic() {
    Model model =
        new Model(
            p ->
                reply(
                    "希望邻里关系不再恶化",
                    "{\"law\": \"中华人民共和国民法典\", \"article\": 293},"
                        + " {\"law\": \"民法典\", \"article\": 9999}"));
    DisputePlan plan = refine(model, true);

    assertEquals(LlmPlanner.LLM, plan.mode());
    assertEquals(offline.type(), plan.type(), "the model's type is only a suggestion");
    assertEquals(offline.risk(), plan.risk());
    assertEquals(offline.escalation(), plan.escalation());
    assertEquals(offline.departments(), plan.departments());
    assertEquals(offline.steps(), plan.steps());
    assertEquals("受影响的邻居", plan.parties().get(0).role());
    assertEquals(List.of("降低搭建高度，保证窗户采光", "限期自行拆除，社区回访"), plan.options());
    assertTrue(plan.articles().containsAll(offline.articles()));
    assertTrue(
        plan.reasoning().stream().anyMatch(r -> r.contains("噪声扰民")), "type suggestion noted");
    // the fabricated article is dropped, with a note, and never cited
    assertTrue(
        plan.reasoning().stream().anyMatch(r -> r.contains("第九千九百九十九条")),
        plan.reasoning().toString());
    for (CitedArticle c : allCited(plan)) {
      StatuteArticle inIndex =
          catalog.article(c.article().law(), c.article().number()).orElseThrow();
      assertEquals(inIndex.text(), c.article().text());
      assertTrue(c.article().number().number() != 9999);
    }
    assertTrue(
        plan.parties().get(0).articlesFor().stream()
            .anyMatch(c -> c.article().number().number() == 293));
  }

  @Test
  void anArticleNumberWrittenAsDigitsIsReadButNotAsWords() {
    DisputePlan plan =
        refine(new Model(p -> reply("x", "{\"law\": \"民法典\", \"article\": \"293\"}")), true);
    assertEquals(LlmPlanner.LLM, plan.mode());
    assertTrue(
        plan.parties().get(0).articlesFor().stream()
            .anyMatch(c -> c.article().number().number() == 293));
  }

  @Test
  void aSentenceCitingAnArticleOutsideTheIndexIsDropped() {
    Model model = new Model(p -> reply("依据《中华人民共和国民法典》第九千条可以索赔", ""));
    DisputePlan plan = refine(model, true);

    assertEquals(LlmPlanner.LLM, plan.mode());
    PartyView neighbour = plan.parties().get(0);
    assertEquals(List.of("恢复白天采光"), neighbour.interests());
    assertTrue(plan.reasoning().stream().anyMatch(r -> r.startsWith("已删除模型的一句话")));
  }

  @Test
  void aSentenceCitingAnIndexedArticleAddsItWithTheIndexText() {
    Model model = new Model(p -> reply("《民法典》第二百三十六条允许请求排除妨害", ""));
    DisputePlan plan = refine(model, true);

    StatuteArticle added =
        plan.articles().stream()
            .map(CitedArticle::article)
            .filter(a -> a.number().number() == 236)
            .findFirst()
            .orElseThrow();
    assertEquals(catalog.article("中华人民共和国民法典", added.number()).orElseThrow().text(), added.text());
  }

  @Test
  void aReplyThatIsNotJsonFallsBackToTheOfflinePlanAndSaysSo() {
    DisputePlan plan = refine(new Model(p -> "好的，以下是研判方案：双方各退一步。"), true);

    assertEquals(PlanBuilder.GROUNDED, plan.mode());
    assertTrue(plan.reasoning().get(0).startsWith(LlmPlanner.FALLBACK), plan.reasoning().get(0));
    assertEquals(offline.parties(), plan.parties());
    assertEquals(offline.options(), plan.options());
    assertTrue(PlanMarkdown.render(plan).contains(LlmPlanner.FALLBACK), "the export says so too");
  }

  @Test
  void aReplyOutOfShapeFallsBack() {
    String oneSide =
        "{\"parties\": [{\"role\": \"邻居\", \"position\": \"拆\", \"interests\": [\"采光\"],"
            + " \"moves\": [{\"move\": \"投诉\", \"cost\": \"时间\"}]}], \"options\": [\"拆\"]}";
    String extraField = reply("x", "").replaceFirst("\\{", "{\"risk_level\": \"一般\", ");
    String markup = reply("<script>alert(1)</script>", "");
    String badRef = reply("x", "{\"law\": \"民法典\", \"article\": \"二百九十三\"}");
    for (String bad : List.of(oneSide, extraField, markup, badRef, "{}", "")) {
      DisputePlan plan = refine(new Model(p -> bad), true);
      assertEquals(PlanBuilder.GROUNDED, plan.mode(), bad);
      assertTrue(plan.reasoning().get(0).startsWith(LlmPlanner.FALLBACK), bad);
    }
  }

  @Test
  void aFailedOrSlowCallFallsBack() {
    DisputePlan plan =
        refine(
            new Model(
                p -> {
                  throw new LlmException("timeout", new RuntimeException());
                }),
            true);
    assertEquals(PlanBuilder.GROUNDED, plan.mode());
    assertTrue(plan.reasoning().get(0).contains("LlmException"), plan.reasoning().get(0));
  }

  @Test
  void personalDataIsMaskedForARemoteModelAndRestoredInThePlan() {
    Model model = new Model(p -> reply("x", ""));
    DisputePlan plan = refine(model, true);

    PlanPrompt sent = model.prompts.get(0);
    String all = sent.narrative() + sent.assessment() + sent.articles();
    assertFalse(all.contains("13812345678"), all);
    assertFalse(all.contains("老彭"), all);
    assertTrue(sent.narrative().contains("[当事人1]"), sent.narrative());
    assertEquals("要求老彭拆除遮挡部分", plan.parties().get(0).position());

    Model local = new Model(p -> reply("x", ""));
    refine(local, false);
    assertTrue(local.prompts.get(0).narrative().contains("13812345678"));
  }

  @Test
  void thePromptCarriesTheAssessmentAndTheIndexedArticles() {
    Model model = new Model(p -> reply("x", ""));
    refine(model, true);
    PlanPrompt sent = model.prompts.get(0);
    assertTrue(sent.assessment().contains("风险等级：" + offline.risk().level().label()));
    for (CitedArticle c : offline.articles()) {
      assertTrue(sent.articles().contains(c.article().text()), c.article().toString());
    }
  }

  private static List<CitedArticle> allCited(DisputePlan plan) {
    List<CitedArticle> out = new ArrayList<>(plan.articles());
    plan.parties()
        .forEach(
            p -> {
              out.addAll(p.articlesFor());
              out.addAll(p.articlesAgainst());
            });
    return out;
  }
}
