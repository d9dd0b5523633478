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

  static Stream<Arguments> scenarios() {
    return ScenarioFiles.read(SETS.toArray(String[]::new)).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void keepsTheGoldGradeAndCitesGoldLaw(String id, JsonNode c) {
    Optional<StatuteCatalog> corpus = RealCorpus.load();
    assumeTrue(corpus.isPresent(), "the shared corpus is not available");
    DisputePlan plan = PlanBuilder.withDefaults(corpus.get()).build(c.path("narrative").asText());
    ApplicableLaw law = new ApplicableLaw(corpus.get());
    Set<String> gold = new HashSet<>();
    for (JsonNode r : c.path("gold_articles")) {
      law.article(
              new StatuteReference(
                  r.path("law").asText(), ArticleNumber.of(r.path("article").asInt())))
          .ifPresent(a -> gold.add(a.docId()));
    }
    boolean citesGold =
        plan.articles().stream().map(CitedArticle::article).anyMatch(a -> gold.contains(a.docId()));
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
}
