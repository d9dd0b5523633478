package org.zhuiguang.assistant.plan;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhuiguang.assistant.plan.law.ApplicableLaw;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * The tuning halves of the blind mediation scenarios (docs/plans.md), on the real corpus: each
 * keeps its gold type, risk grade and escalation, and every plan cites at least one of its gold
 * articles. The held-out half is deliberately not here: it is only measured, with ./zg eval
 * mediation.
 */
class TuningScenarioTest {

  private static final List<String> SETS =
      List.of(
          "mediation-blind-2-tuning.jsonl",
          "mediation-blind-2-tuning-b.jsonl",
          "mediation-blind-2-tuning-c.jsonl");

  /**
   * Later authors' sets (session 3), each measured once on arrival before it was used for tuning.
   * Escalation is not asserted for them: the few differences left are judgement calls between
   * authors (docs/plans.md).
   */
  private static final List<String> LATER_SETS =
      List.of(
          "mediation-blind-4.jsonl",
          "mediation-blind-5.jsonl",
          "mediation-blind-6.jsonl",
          "mediation-blind-7.jsonl");

  static Stream<Arguments> scenarios() {
    return ScenarioFiles.read(SETS.toArray(String[]::new)).stream();
  }

  static Stream<Arguments> laterScenarios() {
    return ScenarioFiles.read(LATER_SETS.toArray(String[]::new)).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("laterScenarios")
  void keepsTheGoldTypeAndGradeAndCitesGoldLaw(String id, JsonNode c) {
    Optional<StatuteCatalog> corpus = RealCorpus.load();
    assumeTrue(corpus.isPresent(), "the shared corpus is not available");
    DisputePlan plan = PlanBuilder.withDefaults(corpus.get()).build(c.path("narrative").asText());
    assertAll(
        () -> assertEquals(c.path("dispute_type").asText(), plan.type().label(), "type"),
        () -> assertEquals(c.path("risk_level").asText(), plan.risk().level().label(), "risk"),
        () ->
            assertTrue(
                citesGold(corpus.get(), plan, c), "no gold article among " + plan.articles()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void keepsTheGoldGradeAndCitesGoldLaw(String id, JsonNode c) {
    Optional<StatuteCatalog> corpus = RealCorpus.load();
    assumeTrue(corpus.isPresent(), "the shared corpus is not available");
    DisputePlan plan = PlanBuilder.withDefaults(corpus.get()).build(c.path("narrative").asText());
    boolean citesGold = citesGold(corpus.get(), plan, c);
    assertAll(
        () -> assertEquals(c.path("dispute_type").asText(), plan.type().label(), "type"),
        () -> assertEquals(c.path("risk_level").asText(), plan.risk().level().label(), "risk"),
        () ->
            assertEquals(
                c.path("escalation").asText(),
                plan.escalation().escalation().label(),
                "escalation"),
        () -> assertTrue(citesGold, "no gold article among " + plan.articles()));
  }

  private static boolean citesGold(StatuteCatalog corpus, DisputePlan plan, JsonNode c) {
    ApplicableLaw law = new ApplicableLaw(corpus);
    Set<String> gold = new HashSet<>();
    for (JsonNode r : c.path("gold_articles")) {
      law.article(
              new StatuteReference(
                  r.path("law").asText(),
                  ArticleNumber.of(r.path("article").asInt(), r.path("suffix").asInt(0))))
          .ifPresent(a -> gold.add(a.docId()));
    }
    return plan.articles().stream()
        .map(CitedArticle::article)
        .anyMatch(a -> gold.contains(a.docId()));
  }
}
