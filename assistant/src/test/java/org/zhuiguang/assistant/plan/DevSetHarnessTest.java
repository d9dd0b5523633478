package org.zhuiguang.assistant.plan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * Writes plans.jsonl for a mediation case file, for scoring with the shared score_plans.py. Runs
 * only when asked: {@code -Dzg.plan.cases=FILE -Dzg.plan.out=FILE}.
 */
class DevSetHarnessTest {

  @Test
  void writesPlansWhenAsked() throws Exception {
    String cases = System.getProperty("zg.plan.cases");
    String out = System.getProperty("zg.plan.out");
    assumeTrue(cases != null && out != null, "not asked to write plans");
    Optional<StatuteCatalog> catalog = RealCorpus.load();
    assumeTrue(catalog.isPresent(), "no shared corpus");
    PlanBuilder builder = PlanBuilder.withDefaults(catalog.get());
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = Files.readAllLines(Path.of(cases), StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = mapper.readTree(line);
        ObjectNode plan = PlanJson.toJson(builder.build(c.path("narrative").asText()));
        plan.put("id", c.path("id").asText());
        w.write(mapper.writeValueAsString(plan));
        w.newLine();
      }
    }
  }
}
