package org.zhuiguang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code zg index} and {@code zg search} commands on a small fixture corpus. */
class IndexSearchCommandTest {

  @TempDir Path temp;
  Path corpus;
  Path index;

  @BeforeEach
  void copyFixture() throws IOException, URISyntaxException {
    corpus = FixtureCorpus.copyTo(temp.resolve("corpus"));
    index = temp.resolve("index");
  }

  private ZgCommandLineTest.Run build() {
    return ZgCommandLineTest.zg(
        "index",
        "build",
        "--no-vectors",
        "--corpus",
        corpus.toString(),
        "--index",
        index.toString());
  }

  private List<String> ids(String json) throws IOException {
    JsonNode root = Json.mapper().readTree(json);
    List<String> ids = new ArrayList<>();
    for (JsonNode r : root.get("results")) {
      ids.add(
          r.get("law").asText()
              + "|"
              + r.get("article").asInt()
              + (r.has("suffix") ? "之" + r.get("suffix").asInt() : "")
              + "|"
              + r.get("version").asText());
    }
    return ids;
  }

  @Test
  void buildThenSearchGivesExactHits() throws IOException {
    ZgCommandLineTest.Run built = build();
    assertEquals(0, built.exitCode(), built.err());
    assertTrue(built.err().startsWith("zg index build: corpus="), built.err());
    assertTrue(built.out().contains("indexed                                14"), built.out());
    assertTrue(built.out().contains("in_force                               11"), built.out());
    assertTrue(built.out().contains("serving gen-000001: 4 laws, 14 documents (11 in force)"));

    ZgCommandLineTest.Run wages =
        ZgCommandLineTest.zg(
            "search", "单位拖欠工资怎么办", "--k", "1", "--json", "--index", index.toString());
    assertEquals(0, wages.exitCode(), wages.err());
    assertEquals(List.of("示范工资支付法|12|2019-05-01"), ids(wages.out()));
    JsonNode hit = Json.mapper().readTree(wages.out()).get("results").get(0);
    assertEquals("bm25", Json.mapper().readTree(wages.out()).get("mode").asText());
    assertEquals("法律", hit.get("level").asText());
    assertEquals("用人单位不得克扣或者无故拖欠劳动者工资。", hit.get("text").asText());
    assertFalse(hit.has("suffix"));
    assertTrue(wages.err().contains("hybrid is not available"), wages.err());

    ZgCommandLineTest.Run pets =
        ZgCommandLineTest.zg(
            "search", "饲养宠物", "--k", "1", "--json", "--mode", "bm25", "--index", index.toString());
    assertEquals(List.of("示范相邻关系法|2之1|2021-01-01"), ids(pets.out()));

    ZgCommandLineTest.Run fees =
        ZgCommandLineTest.zg(
            "search", "物业费收支", "--k", "2", "--json", "--mode", "bm25", "--index", index.toString());
    assertEquals(List.of("广东省示范物业管理条例|20|2022-07-01", "广东省示范物业管理条例|1|2022-07-01"), ids(fees.out()));
    ZgCommandLineTest.Run shanghai =
        ZgCommandLineTest.zg(
            "search",
            "物业费收支",
            "--k",
            "1",
            "--json",
            "--regions",
            "上海",
            "--index",
            index.toString());
    assertEquals(List.of("上海市示范物业管理条例|20|2022-07-01"), ids(shanghai.out()));

    ZgCommandLineTest.Run laws =
        ZgCommandLineTest.zg(
            "search", "物业费收支", "--k", "1", "--json", "--levels", "法律", "--index", index.toString());
    assertFalse(laws.out().contains("物业管理条例"), laws.out());
    assertEquals(
        2,
        ZgCommandLineTest.zg("search", "物业", "--levels", "条例", "--index", index.toString())
            .exitCode());

    ZgCommandLineTest.Run old =
        ZgCommandLineTest.zg(
            "search",
            "邻里和睦",
            "--k",
            "1",
            "--json",
            "--date",
            "2015-01-01",
            "--index",
            index.toString());
    assertEquals(List.of("示范相邻关系法|1|2010-03-01"), ids(old.out()));
  }

  @Test
  void updateReplacesOnlyTheChangedLaw() throws IOException {
    assertEquals(0, build().exitCode());
    Path wages = corpus.resolve("社会法/示范工资支付法(2019-05-01).md");
    Files.writeString(
        wages,
        Files.readString(wages, StandardCharsets.UTF_8)
            .replace("无故拖欠劳动者工资。", "无故拖欠劳动者工资；拖欠的，应当在三日内支付。"),
        StandardCharsets.UTF_8);
    ZgCommandLineTest.Run update =
        ZgCommandLineTest.zg(
            "index",
            "update",
            "--no-vectors",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    assertEquals(0, update.exitCode(), update.err());
    assertTrue(update.out().contains("laws_changed                            1"), update.out());
    assertTrue(update.out().contains("indexed                                 3"), update.out());
    assertTrue(update.out().contains("serving gen-000002: 4 laws, 14 documents"), update.out());
    ZgCommandLineTest.Run hit =
        ZgCommandLineTest.zg("search", "三日内支付", "--k", "1", "--json", "--index", index.toString());
    assertTrue(hit.out().contains("三日内支付"), hit.out());
    ZgCommandLineTest.Run again =
        ZgCommandLineTest.zg(
            "index",
            "update",
            "--no-vectors",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    assertTrue(again.out().contains("unchanged, serving gen-000002"), again.out());
  }

  @Test
  void badUsageAndFailuresHaveTheirExitCodes() {
    assertEquals(
        2,
        ZgCommandLineTest.zg("search", "问题", "--k", "0", "--index", index.toString()).exitCode());
    assertEquals(
        2,
        ZgCommandLineTest.zg("search", "问题", "--mode", "fuzzy", "--index", index.toString())
            .exitCode());
    assertEquals(
        2,
        ZgCommandLineTest.zg("search", "问题", "--date", "2020-13-01", "--index", index.toString())
            .exitCode());
    assertEquals(2, ZgCommandLineTest.zg("index").exitCode());
    ZgCommandLineTest.Run missing =
        ZgCommandLineTest.zg("search", "问题", "--index", index.toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("no index at"), missing.err());
    assertEquals(0, ZgCommandLineTest.zg("index", "build", "--help").exitCode());
    assertEquals(0, ZgCommandLineTest.zg("search", "--help").exitCode());
  }

  @Test
  void querySyntaxIsPlainText() throws IOException {
    assertEquals(0, build().exitCode());
    ZgCommandLineTest.Run run =
        ZgCommandLineTest.zg(
            "search",
            "拖欠工资 AND (title:* OR \"\\",
            "--k",
            "3",
            "--json",
            "--index",
            index.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("示范工资支付法|12|2019-05-01", ids(run.out()).get(0));
  }

  @Test
  void hybridSearchRanksWithTheCorpusCitationsAndRefusesAMissingCorpus() throws IOException {
    ZgCommandLineTest.Run built =
        ZgCommandLineTest.zg(
            "index", "build", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, built.exitCode(), built.err());
    ZgCommandLineTest.Run hybrid =
        ZgCommandLineTest.zg(
            "search",
            "单位拖欠工资怎么办",
            "--k",
            "3",
            "--json",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    assertEquals(0, hybrid.exitCode(), hybrid.err());
    assertEquals("hybrid", Json.mapper().readTree(hybrid.out()).get("mode").asText());
    assertEquals("示范工资支付法|12|2019-05-01", ids(hybrid.out()).get(0));
    assertFalse(hybrid.err().contains("without citations"), hybrid.err());

    ZgCommandLineTest.Run noCorpus =
        ZgCommandLineTest.zg(
            "search",
            "单位拖欠工资怎么办",
            "--corpus",
            temp.resolve("no-such-corpus").toString(),
            "--index",
            index.toString());
    assertEquals(2, noCorpus.exitCode());
    assertTrue(noCorpus.err().contains("the corpus folder does not exist"), noCorpus.err());
  }
}
