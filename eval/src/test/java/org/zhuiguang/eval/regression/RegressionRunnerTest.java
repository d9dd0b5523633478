package org.zhuiguang.eval.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.eval.TinyCorpus;
import org.zhuiguang.eval.gold.CatalogCitationLookup;
import org.zhuiguang.eval.retrieval.TrecRun;

class RegressionRunnerTest {

  @TempDir Path dir;

  private final RegressionRunner runner =
      new RegressionRunner(
          path -> {
            try {
              return TinyCorpus.load();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          CatalogCitationLookup::new,
          (corpus, indexDir, vectors) ->
              new SearchBackend.Indexed(
                  new OverlapSearcher(corpus),
                  Map.of(
                      "laws", (long) corpus.laws().size(),
                      "articles", (long) corpus.articlesInForce()),
                  () -> {}));

  private Path spec(String expected) throws IOException {
    Path file = dir.resolve("tiny.yaml");
    Files.writeString(
        file,
        "name: tiny\nqueries: queries.jsonl\nfirst: 4\ncorpus: corpus\nslice:\n  distractors: 0\n"
            + "mode: bm25\nk: 20\ntolerance: 0.001\n"
            + expected,
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsOkForTheMeasuredFiguresAndFailForOthers() throws IOException {
    // A first run records the figures, as a maintainer does before writing them into the file.
    RegressionRunner.Outcome first =
        runner.run(
            RegressionSpec.read(spec("")),
            TinyCorpus.dir(),
            Optional.of(dir.resolve("out")),
            new PrintWriter(new StringWriter()));
    assertFalse(first.passed(), "a regression without expectations checks nothing");
    assertTrue(Files.exists(dir.resolve("out/run.trec")));
    assertTrue(Files.exists(dir.resolve("out/report.json")));
    assertEquals(4, TrecRun.read(dir.resolve("out/run.trec")).queryIds().size());
    // the gold of the first four questions names all three laws of the tiny corpus
    assertEquals(3L, first.statistics().get("laws"));

    StringWriter log = new StringWriter();
    RegressionRunner.Outcome ok =
        runner.run(
            RegressionSpec.read(spec(first.expectedYaml())),
            TinyCorpus.dir(),
            Optional.empty(),
            new PrintWriter(log));
    assertTrue(ok.passed(), log.toString());
    assertEquals(10, ok.checks().size()); // 2 index statistics, 8 metrics
    assertTrue(
        log.toString().contains("[OK]   recall@10            expected 0.8750"), log.toString());

    String wrong = first.expectedYaml().replaceFirst("recall@10: [0-9.]+", "recall@10: 0.9999");
    StringWriter failLog = new StringWriter();
    RegressionRunner.Outcome failed =
        runner.run(
            RegressionSpec.read(spec(wrong)),
            TinyCorpus.dir(),
            Optional.empty(),
            new PrintWriter(failLog));
    assertFalse(failed.passed());
    assertEquals(1, failed.failures());
    assertTrue(failLog.toString().contains("[FAIL] recall@10"), failLog.toString());
  }

  @Test
  void aMisspeltKeyIsAnError() throws IOException {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(
        file, "name: typo\nqueries: q.jsonl\ntolerence: 0.1\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> RegressionSpec.read(file));
    assertTrue(e.getMessage().contains("tolerence"), e.getMessage());
  }

  @Test
  void sliceKeepsTheGoldLawsPlusDistractorsByHash() throws IOException {
    Corpus corpus = TinyCorpus.load();
    Corpus slice = CorpusSlice.of(corpus, java.util.Set.of("中华人民共和国刑法"), 1);
    assertEquals(2, slice.laws().size());
    assertTrue(slice.law("中华人民共和国刑法").isPresent());
    String first =
        CorpusSlice.sha256("中华人民共和国民法典").compareTo(CorpusSlice.sha256("中华人民共和国人民调解法")) < 0
            ? "中华人民共和国民法典"
            : "中华人民共和国人民调解法";
    assertTrue(slice.law(first).isPresent());
    assertEquals(1, CorpusSlice.of(corpus, java.util.Set.of("中华人民共和国刑法"), 0).laws().size());
  }
}
