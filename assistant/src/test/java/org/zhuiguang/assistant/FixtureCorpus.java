package org.zhuiguang.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.collection.LawRefBookCollection;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.index.IndexBuilder;
import org.zhuiguang.indexer.index.ProgressListener;

/**
 * The invented fixture corpus of the tests (three made-up laws, no real statute text), copied to a
 * folder and indexed there with BM25.
 */
public final class FixtureCorpus {

  public static final String NEIGHBOURS = "民法商法/示范相邻关系法(2021-01-01).md";
  public static final String WAGES = "社会法/示范劳动报酬条例(2022-03-01).md";
  public static final String PROPERTY = "地方性法规/广东/示范物业服务条例(2020-05-01).md";
  public static final List<String> FILES = List.of(NEIGHBOURS, WAGES, PROPERTY);

  private FixtureCorpus() {}

  /** Copies the fixture corpus into {@code dir}/corpus and builds {@code dir}/index. */
  public static Path[] build(Path dir) {
    try {
      Path corpusDir = dir.resolve("corpus");
      for (String file : FILES) {
        Path target = corpusDir.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = FixtureCorpus.class.getResourceAsStream("/fixture-corpus/" + file)) {
          Files.copy(in, target);
        }
      }
      Path indexDir = dir.resolve("index");
      Corpus corpus = LawRefBookCollection.read(corpusDir).corpus();
      new IndexBuilder(indexDir, new StatuteAnalyzer(), Optional.empty(), ProgressListener.NONE, 1)
          .build(corpus, false);
      return new Path[] {corpusDir, indexDir};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
