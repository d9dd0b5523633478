package org.zhuiguang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code zg ask} and {@code zg eval answers} on the fixture corpus and its index. */
class AskCommandTest {

  @TempDir Path temp;
  Path corpus;
  Path index;

  @BeforeEach
  void indexFixture() throws IOException, URISyntaxException {
    corpus = FixtureCorpus.copyTo(temp.resolve("corpus"));
    index = temp.resolve("index");
    ZgCommandLineTest.Run build =
        ZgCommandLineTest.zg(
            "index",
            "build",
            "--no-vectors",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    assertEquals(0, build.exitCode(), build.err());
  }

  @Test
  void askJsonQuotesTheArticleWithTheIndexText() throws IOException {
    ZgCommandLineTest.Run run =
        ZgCommandLineTest.zg(
            "ask",
            "--json",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "老板无故拖欠工资怎么办？");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("zg ask: corpus="), run.err());
    JsonNode answer = Json.mapper().readTree(run.out());
    assertEquals("grounded", answer.get("mode").asText());
    assertTrue(answer.get("answer").asText().startsWith("【法规检索结果，非人工智能生成】"));
    JsonNode first = answer.get("citations").get(0);
    assertEquals("示范工资支付法", first.get("law").asText());
    assertEquals(12, first.get("article").asInt());
    assertFalse(first.has("suffix"));
    assertEquals("2019-05-01", first.get("version").asText());
    assertEquals("用人单位不得克扣或者无故拖欠劳动者工资。", first.get("text").asText());
  }

  @Test
  void askRefusesAnEmptyQuestionAndAMissingIndex() {
    ZgCommandLineTest.Run empty =
        ZgCommandLineTest.zg(
            "ask", "--corpus", corpus.toString(), "--index", index.toString(), "  ");
    assertEquals(2, empty.exitCode(), empty.err());
    ZgCommandLineTest.Run noIndex =
        ZgCommandLineTest.zg(
            "ask", "--corpus", corpus.toString(), "--index", temp.resolve("none").toString(), "工资");
    assertEquals(1, noIndex.exitCode(), noIndex.err());
    assertTrue(noIndex.err().contains("no index"), noIndex.err());
  }

  @Test
  void serveRefusesABadPort() {
    ZgCommandLineTest.Run run =
        ZgCommandLineTest.zg(
            "serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", "0");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--port"), run.err());
  }

  @Test
  void serveSaysSoWhenThePortIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ZgCommandLineTest.Run run =
          ZgCommandLineTest.zg(
              "serve",
              "--corpus",
              corpus.toString(),
              "--index",
              index.toString(),
              "--port",
              Integer.toString(taken.getLocalPort()));
      assertEquals(1, run.exitCode(), run.err());
      assertTrue(run.err().contains("is in use (is another zg serve running?)"), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
  }

  @Test
  void serveSaysSoWhenAnotherProcessHoldsTheDatabase() throws IOException {
    Path home = temp.resolve("home");
    Path file = home.resolve(ServeCommand.DATABASE_FILE);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[16]);
    ServeCommand.requireFreeDatabase(home); // free: no complaint
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> ServeCommand.requireFreeDatabase(home));
      assertTrue(e.getMessage().contains("is in use by another process"), e.getMessage());
    }
    ServeCommand.requireFreeDatabase(home); // released: free again
  }

  @Test
  void evalAnswersProducesAndScoresGroundedAnswers() throws IOException {
    Path queries = temp.resolve("queries.jsonl");
    Files.writeString(
        queries,
        "{\"id\": \"q1\", \"question\": \"老板无故拖欠工资怎么办？\", \"gold\": [{\"law\": \"示范工资支付法\","
            + " \"article\": 12}], \"reference_answer\": \"用人单位不得无故拖欠工资。\"}\n",
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    ZgCommandLineTest.Run run =
        ZgCommandLineTest.zg(
            "eval",
            "answers",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--queries",
            queries.toString(),
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = Json.mapper().readTree(out.resolve("report.json").toFile());
    assertEquals(1.0, report.get("metrics").get("citation_recall").asDouble(), 1e-9);
    assertEquals(1.0, report.get("metrics").get("citation_validity").asDouble(), 1e-9);
    String answers = Files.readString(out.resolve("answers.jsonl"), StandardCharsets.UTF_8);
    assertTrue(answers.contains("\"id\":\"q1\""), answers);
  }
}
