package org.zhuiguang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the real {@code zg} entry point on a small invented corpus and checks exact outputs. */
class ZgCommandLineTest {

  record Run(int exitCode, String out, String err) {}

  static Path miniCorpus() {
    try {
      return Path.of(ZgCommandLineTest.class.getResource("/mini-corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Run zg(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Zg.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void corpusStatsCountsLawsArticlesAndSkippedFiles() throws Exception {
    Run run = zg("corpus", "stats", "--json", "--corpus", miniCorpus().toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode stats = Json.mapper().readTree(run.out());
    assertEquals(3, stats.get("laws").asInt());
    assertEquals(3, stats.get("versions").asInt());
    assertEquals(7, stats.get("articles").asInt());
    assertEquals(1, stats.get("by_level").get("法律").asInt());
    assertEquals(1, stats.get("by_level").get("行政法规").asInt());
    assertEquals(1, stats.get("by_level").get("地方性法规").asInt());
    assertEquals(4, stats.get("articles_by_level").get("法律").asInt());
    int skipped = 0;
    for (JsonNode count : stats.get("skipped")) {
      skipped += count.asInt();
    }
    assertEquals(1, skipped, "the template is skipped: " + stats.get("skipped"));
    assertTrue(run.err().startsWith("zg corpus stats: corpus="), run.err());
  }

  @Test
  void citeResolvesWhatExistsAndSaysWhatDoesNot() throws Exception {
    Run run =
        zg(
            "cite",
            "--json",
            "--corpus",
            miniCorpus().toString(),
            "依照《示例邻里法》第三条之一和第九十九条，以及示例物业条例第1条");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode citations = Json.mapper().readTree(run.out()).get("citations");
    assertEquals(3, citations.size(), run.out());

    JsonNode first = citations.get(0);
    assertTrue(first.get("resolved").asBoolean());
    assertEquals("中华人民共和国示例邻里法", first.get("law").asText());
    assertEquals(3, first.get("article").asInt());
    assertEquals(1, first.get("suffix").asInt());
    assertEquals("2020-05-01", first.get("version").asText());

    JsonNode missing = citations.get(1);
    assertFalse(missing.get("resolved").asBoolean());
    assertEquals(99, missing.get("article").asInt());
    assertFalse(missing.has("suffix"));

    JsonNode third = citations.get(2);
    assertTrue(third.get("resolved").asBoolean());
    assertEquals("示例物业条例", third.get("law").asText());
    assertEquals(1, third.get("article").asInt());
  }

  @Test
  void planGradesTheDisputeAndQuotesOnlyWhatTheCorpusHolds() throws Exception {
    Run run =
        zg(
            "plan",
            "--json",
            "--corpus",
            miniCorpus().toString(),
            "工业园一家厂拖欠十二名工人三个月工资共八万多元，工人们说明天去堵厂门。");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode plan = Json.mapper().readTree(run.out());
    assertEquals("劳动报酬", plan.get("dispute_type").asText());
    assertEquals("重大", plan.get("risk_level").asText());
    assertEquals("提级-街道或区3个工作日", plan.get("escalation").asText());
    assertTrue(plan.get("parties").size() >= 2);
    for (JsonNode article : plan.get("articles")) {
      assertTrue(
          article.get("law").asText().contains("示例"),
          "only the mini corpus's laws can be cited: " + article);
    }
    Run empty = zg("plan", "--corpus", miniCorpus().toString(), "");
    assertEquals(2, empty.exitCode());
    Run dated =
        zg(
            "plan",
            "--json",
            "--occurred-on",
            "2021-05-01",
            "--corpus",
            miniCorpus().toString(),
            "楼上漏水到楼下。");
    assertEquals(0, dated.exitCode(), dated.err());
    assertEquals("2021-05-01", Json.mapper().readTree(dated.out()).get("occurred_on").asText());
    Run badDay =
        zg("plan", "--occurred-on", "2021-13-01", "--corpus", miniCorpus().toString(), "楼上漏水到楼下。");
    assertEquals(2, badDay.exitCode());
    assertTrue(badDay.err().contains("--occurred-on"), badDay.err());
  }

  @Test
  void badUsageExitsTwoWithOneSentence() {
    Run noSubcommand = zg();
    assertEquals(2, noSubcommand.exitCode());
    Run unknownFlag = zg("corpus", "stats", "--no-such-flag");
    assertEquals(2, unknownFlag.exitCode());
    assertTrue(unknownFlag.err().contains("--no-such-flag"), unknownFlag.err());
    Run missingCorpus = zg("corpus", "stats", "--corpus", "/no/such/folder");
    assertEquals(2, missingCorpus.exitCode());
    assertEquals(
        "zg: the corpus folder does not exist: /no/such/folder", missingCorpus.err().trim());
    Run emptyText = zg("cite", "--corpus", miniCorpus().toString(), " ");
    assertEquals(2, emptyText.exitCode());
    assertFalse(emptyText.err().contains("Exception"), emptyText.err());
  }

  @Test
  void everyCommandPrintsHelp() {
    for (String[] args :
        new String[][] {
          {"--help"}, {"corpus", "--help"}, {"corpus", "stats", "--help"}, {"cite", "--help"}
        }) {
      Run run = zg(args);
      assertEquals(0, run.exitCode(), String.join(" ", args));
      assertTrue(run.out().contains("Usage:"), run.out());
    }
  }
}
