package org.zhuiguang.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.eval.input.EvalJson;

class ReportWriterTest {

  @TempDir Path dir;

  @Test
  void writesTheContractFields() throws IOException {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("recall@10", 0.123456);
    metrics.put("unresolved_gold", 3.0);
    EvalReport report =
        new EvalReport(
                EvalReport.Kind.RETRIEVAL, 7, metrics, Latency.of(List.of(1.0, 2.0, 3.0)), Map.of())
            .with("mode", "bm25");
    ReportWriter.write(dir, report);
    JsonNode json = EvalJson.mapper().readTree(dir.resolve("report.json").toFile());
    assertEquals("retrieval", json.get("kind").asText());
    assertEquals(7, json.get("queries").asInt());
    assertEquals(0.1235, json.get("metrics").get("recall@10").doubleValue());
    assertTrue(json.get("metrics").get("unresolved_gold").isIntegralNumber());
    assertEquals(2.0, json.get("latency_ms").get("p50").doubleValue());
    assertEquals(3.0, json.get("latency_ms").get("p99").doubleValue());
    assertEquals("bm25", json.get("mode").asText());
    List<String> names = new ArrayList<>();
    json.get("metrics").fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("recall@10", "unresolved_gold"), names);
    String md = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("| recall@10 | 0.1235 |"), md);
    assertTrue(md.contains("| unresolved_gold | 3 |"), md);
  }

  @Test
  void roundsHalfToEvenOnTheBinaryValueAsPythonDoes() {
    // round(0.12345, 4) == 0.1235 in Python: 0.12345 is slightly above the half in binary
    assertEquals(0.1235, EvalReport.round4(0.12345));
    // round(0.00005, 4) == 0.0001 in Python; round(0.5/8, 4) == 0.0625 exactly representable
    assertEquals(0.0001, EvalReport.round4(0.00005));
    assertEquals(0.0625, EvalReport.round4(0.0625));
    assertEquals(0.6667, EvalReport.round4(2.0 / 3));
  }
}
