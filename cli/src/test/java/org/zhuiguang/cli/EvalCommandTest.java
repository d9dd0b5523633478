package org.zhuiguang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.cli.ZgCommandLineTest.Run;

/**
 * Runs {@code zg eval} end to end on the tiny fixtures (the same files the shared Python scorers
 * were run on: their figures are the expected values here).
 */
class EvalCommandTest {

  @TempDir Path dir;

  static Path tiny() {
    try {
      return Path.of(EvalCommandTest.class.getResource("/eval-tiny/queries.jsonl").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String tiny(String file) {
    return tiny().resolve(file).toString();
  }

  private static JsonNode report(Path out) throws IOException {
    return Json.mapper()
        .readTree(Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8));
  }

  /** score_answers.py: answered 3, citation_recall 0.4, citation_validity 0.6, per answer 1.0. */
  @Test
  void answersMatchScoreAnswersPy() throws IOException {
    Path out = dir.resolve("answers");
    Run run =
        ZgCommandLineTest.zg(
            "eval",
            "answers",
            "--queries",
            tiny("queries.jsonl"),
            "--answers",
            tiny("answers.jsonl"),
            "--out",
            out.toString(),
            "--corpus",
            tiny("corpus"));
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = report(out);
    assertEquals("answers", report.get("kind").asText());
    assertEquals(5, report.get("queries").asInt());
    JsonNode m = report.get("metrics");
    assertEquals(0.4, m.get("citation_recall").doubleValue());
    assertEquals(0.3, m.get("citation_precision").doubleValue());
    assertEquals(0.6, m.get("citation_validity").doubleValue());
    assertEquals(0.3111, m.get("rouge_l_f1").doubleValue());
    assertEquals(1.0, m.get("citations_per_answer").doubleValue());
    assertTrue(report.get("latency_ms").has("p95"));
    List<String> lines = Files.readAllLines(out.resolve("answers.jsonl"), StandardCharsets.UTF_8);
    assertEquals(4, lines.size());
    assertEquals("q1", Json.mapper().readTree(lines.get(0)).get("id").asText());
    assertTrue(
        Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8)
            .contains("| citation_recall | 0.4000 |"));
  }

  /** score_plans.py prints these nine figures for the tiny plans. */
  @Test
  void mediationMatchesScorePlansPy() throws IOException {
    Path out = dir.resolve("mediation");
    Run run =
        ZgCommandLineTest.zg(
            "eval",
            "mediation",
            "--cases",
            tiny("cases.jsonl"),
            "--plans",
            tiny("plans.jsonl"),
            "--out",
            out.toString(),
            "--corpus",
            tiny("corpus"));
    assertEquals(0, run.exitCode(), run.err());
    JsonNode m = report(out).get("metrics");
    double[] expected = {0.5, 0.0, 0.5, 0.25, 0.375, 0.1667, 0.25, 0.75, 0.5};
    String[] names = {
      "type_accuracy", "risk_accuracy", "escalation_accuracy", "gold_article_recall",
      "article_precision", "department_recall", "department_precision", "citation_validity",
      "completeness"
    };
    for (int i = 0; i < names.length; i++) {
      assertEquals(expected[i], m.get(names[i]).doubleValue(), names[i]);
    }
    assertEquals(1, Files.readAllLines(out.resolve("plans.jsonl"), StandardCharsets.UTF_8).size());
  }

  @Test
  void retrievalOverARealIndexWritesTheRunAndReport() throws IOException {
    Path index = dir.resolve("index");
    Run build =
        ZgCommandLineTest.zg(
            "index",
            "build",
            "--no-vectors",
            "--index",
            index.toString(),
            "--corpus",
            tiny("corpus"));
    assertEquals(0, build.exitCode(), build.err());
    Path out = dir.resolve("retrieval");
    Run run =
        ZgCommandLineTest.zg(
            "eval",
            "retrieval",
            "--queries",
            tiny("queries.jsonl"),
            "--out",
            out.toString(),
            "--index",
            index.toString(),
            "--corpus",
            tiny("corpus"),
            "--k",
            "5");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("zg eval retrieval: queries="), run.err());
    // no --mode: hybrid is the default, and an index without vectors is evaluated in bm25, said so
    assertTrue(run.err().contains("mode=hybrid (default)"), run.err());
    assertTrue(run.err().contains("evaluating bm25"), run.err());
    JsonNode report = report(out);
    assertEquals("retrieval", report.get("kind").asText());
    assertEquals("bm25", report.get("mode").asText());
    assertEquals(5, report.get("queries").asInt());
    assertEquals(1, report.get("metrics").get("unresolved_gold").asInt());
    assertEquals(5, report.get("latency_ms").get("count").asInt());
    List<String> run1 = Files.readAllLines(out.resolve("run.trec"), StandardCharsets.UTF_8);
    assertTrue(!run1.isEmpty());
    for (String line : run1) {
      String[] p = line.split(" ");
      assertEquals(6, p.length, line);
      assertEquals("Q0", p[1]);
      assertTrue(p[2].startsWith("中华人民共和国"), line);
      assertTrue(Integer.parseInt(p[3]) >= 1 && Integer.parseInt(p[3]) <= 5, line);
    }
    // comparing a run with itself: all ties
    Run same =
        ZgCommandLineTest.zg(
            "eval",
            "compare",
            out.toString(),
            out.resolve("run.trec").toString(),
            "--queries",
            tiny("queries.jsonl"),
            "--corpus",
            tiny("corpus"));
    assertEquals(0, same.exitCode(), same.err());
    assertTrue(same.out().contains("| 0 | 0 | 5 |"), same.out());
  }

  @Test
  void compareCountsWinsAndLosses() throws IOException {
    Path worse = dir.resolve("worse.trec");
    Files.writeString(
        worse,
        "q1 Q0 中华人民共和国民法典|1|0 1 1.0 t\nq5 Q0 中华人民共和国人民调解法|1|0 1 1.0 t\n",
        StandardCharsets.UTF_8);
    Run run =
        ZgCommandLineTest.zg(
            "eval",
            "compare",
            tiny("run.trec"),
            worse.toString(),
            "--queries",
            tiny("queries.jsonl"),
            "--corpus",
            tiny("corpus"),
            "--out",
            dir.resolve("cmp").toString());
    assertEquals(0, run.exitCode(), run.err());
    // recall@100: q1 1 -> 0, q2 1 -> 0, q3 0.5 -> 0, q4 1 -> 0 (losses); q5 0 -> 1 (win)
    assertTrue(
        run.out().contains("| recall@100 | 0.7000 | 0.2000 | -0.5000 | 1 | 4 | 0 |"), run.out());
    assertTrue(Files.exists(dir.resolve("cmp/compare.json")));
  }

  @Test
  void regressionFailureExitsOne() throws IOException {
    Path spec = dir.resolve("tiny.yaml");
    Files.writeString(
        spec,
        "name: tiny\nqueries: queries.jsonl\ncorpus: corpus\nmode: bm25\nk: 10\n"
            + "expected:\n  index:\n    laws: 3\n  metrics:\n    recall@100: 0.0001\n",
        StandardCharsets.UTF_8);
    Run run =
        ZgCommandLineTest.zg("eval", "regression", spec.toString(), "--shared", tiny().toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains("[OK]   index.laws"), run.out());
    assertTrue(run.out().contains("[FAIL] recall@100"), run.out());
    assertTrue(run.err().contains("regression tiny failed: 1 of 2 checks"), run.err());
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(
        2,
        ZgCommandLineTest.zg(
                "eval",
                "answers",
                "--queries",
                dir.resolve("missing.jsonl").toString(),
                "--out",
                dir.toString(),
                "--answers",
                tiny("answers.jsonl"))
            .exitCode());
    assertEquals(
        2,
        ZgCommandLineTest.zg(
                "eval",
                "retrieval",
                "--queries",
                tiny("queries.jsonl"),
                "--out",
                dir.toString(),
                "--mode",
                "fuzzy")
            .exitCode());
    assertEquals(
        2, ZgCommandLineTest.zg("eval", "mediation", "--cases", tiny("cases.jsonl")).exitCode());
    assertEquals(2, ZgCommandLineTest.zg("eval").exitCode());
  }
}
