package org.zhuiguang.eval.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.eval.retrieval.TrecRun.ScoredDoc;

class TrecRunTest {

  @TempDir Path dir;

  @Test
  void writesRanksFromOneAndReadsThemBack() throws IOException {
    Map<String, List<ScoredDoc>> ranked = new LinkedHashMap<>();
    ranked.put(
        "stard-1",
        List.of(new ScoredDoc("中华人民共和国民法典|288|0", 12.5), new ScoredDoc("中华人民共和国刑法|133|1", 3.25)));
    ranked.put("stard-2", List.of());
    Path file = dir.resolve("run.trec");
    TrecRun.of(ranked, "zg-bm25").write(file);
    assertEquals(
        List.of(
            "stard-1 Q0 中华人民共和国民法典|288|0 1 12.500000 zg-bm25",
            "stard-1 Q0 中华人民共和国刑法|133|1 2 3.250000 zg-bm25"),
        Files.readAllLines(file, StandardCharsets.UTF_8));
    TrecRun back = TrecRun.read(file);
    assertEquals(List.of("中华人民共和国民法典|288|0", "中华人民共和国刑法|133|1"), back.ranked("stard-1"));
    assertEquals(List.of(), back.ranked("stard-2"));
    assertEquals("zg-bm25", back.tag());
  }

  @Test
  void readsLikeTrecEvalPy() throws IOException {
    Path file = dir.resolve("run.trec");
    Files.writeString(
        file,
        "q Q0 b|1|0 2 1.0 t\nq Q0 law with space|3|0 1 2.0 t\n\nq Q0 a|1|0 2 1.0 t\n",
        StandardCharsets.UTF_8);
    assertEquals(List.of("law with space|3|0", "a|1|0", "b|1|0"), TrecRun.read(file).ranked("q"));
  }

  @Test
  void rejectsALineWithoutRankAndScore() throws IOException {
    Path file = dir.resolve("bad.trec");
    Files.writeString(file, "q Q0 a|1|0 first high t\n", StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> TrecRun.read(file));
  }
}
