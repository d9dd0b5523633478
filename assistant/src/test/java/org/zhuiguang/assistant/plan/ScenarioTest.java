package org.zhuiguang.assistant.plan;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenarios written for these tests (plan/scenarios.jsonl): type, risk grade, escalation and the
 * departments each must name, plus a complete plan.
 */
class ScenarioTest {

  private static final PlanBuilder BUILDER = PlanBuilder.withDefaults(new StubCatalog());

  static Stream<Arguments> scenarios() {
    return ScenarioFiles.read("scenarios.jsonl").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void buildsTheExpectedPlan(String id, JsonNode c) {
    JsonNode plan = PlanJson.toJson(BUILDER.build(c.path("narrative").asText()));
    List<String> departments = new ArrayList<>();
    plan.path("departments").forEach(d -> departments.add(d.asText()));
    List<String> expected = new ArrayList<>();
    c.path("departments").forEach(d -> expected.add(d.asText()));
    assertAll(
        () -> assertEquals(c.path("type").asText(), plan.path("dispute_type").asText(), "type"),
        () -> assertEquals(c.path("risk").asText(), plan.path("risk_level").asText(), "risk"),
        () ->
            assertEquals(
                c.path("escalation").asText(), plan.path("escalation").asText(), "escalation"),
        () -> assertTrue(departments.containsAll(expected), "departments " + departments),
        () -> assertTrue(departments.size() <= expected.size() + 3, "too many " + departments),
        () -> {
          for (String section :
              List.of(
                  "risk_reason",
                  "deadlines",
                  "parties",
                  "articles",
                  "departments",
                  "steps",
                  "options",
                  "fallbacks",
                  "summary",
                  "questions")) {
            JsonNode node = plan.path(section);
            assertFalse(
                node.isTextual() ? node.asText().isEmpty() : node.isEmpty(), section + " is empty");
          }
          assertTrue(plan.path("parties").size() >= 2);
        });
  }
}
