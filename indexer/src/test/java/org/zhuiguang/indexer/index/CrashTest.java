package org.zhuiguang.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.search.LuceneStatuteSearcher;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.SearcherConfig;

/**
 * Kills a child JVM that rebuilds and updates the index (kill -9, at seeded random moments) and
 * checks that the generation served afterwards is clean (CheckIndex) with exactly the documents of
 * one of the two corpus variants, and that the next build succeeds. {@code -Dzg.crash.seeds=N}
 * raises the number of kills (default 3).
 */
class CrashTest {

  static final int LAWS = 60;
  static final int ARTICLES = 40;

  @TempDir Path root;

  @Test
  void killedBuildsLeaveAServableGeneration() throws Exception {
    int seeds = Integer.getInteger("zg.crash.seeds", 3);
    long variant0 = SyntheticCorpus.documents(SyntheticCorpus.of(LAWS, ARTICLES, 0));
    long variant1 = SyntheticCorpus.documents(SyntheticCorpus.of(LAWS, ARTICLES, 1));
    Set<Long> expected = Set.of(variant0, variant1);
    IndexBuilder builder =
        new IndexBuilder(root, new StatuteAnalyzer(), Optional.empty(), ProgressListener.NONE, 2);
    builder.build(SyntheticCorpus.of(LAWS, ARTICLES, 0), false);
    Random random = new Random(Long.getLong("zg.crash.seed", 20250401L));
    for (int seed = 0; seed < seeds; seed++) {
      Process child = startChild();
      long delay = 200 + random.nextInt(2500);
      Thread.sleep(delay);
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
      Path served = new IndexGenerations(root).current().orElseThrow();
      IndexManifest manifest = IndexGenerations.verify(served);
      try (Directory dir = FSDirectory.open(served);
          CheckIndex check = new CheckIndex(dir)) {
        CheckIndex.Status status = check.checkIndex();
        assertTrue(status.clean, "CheckIndex is clean after a kill at " + delay + " ms");
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          assertTrue(expected.contains((long) reader.numDocs()), "exact count " + reader.numDocs());
          assertEquals(manifest.documents(), reader.numDocs());
        }
      }
      try (LuceneStatuteSearcher searcher =
          LuceneStatuteSearcher.open(root, SearcherConfig.of(Optional.empty()))) {
        assertEquals(3, searcher.search(SearchRequest.of("劳动工资", 3, SearchMode.BM25)).size());
      }
    }
    BuildResult after = builder.build(SyntheticCorpus.of(LAWS, ARTICLES, 1), false);
    assertEquals(variant1, after.manifest().documents());
    assertTrue(new IndexGenerations(root).generations().size() <= 2, "leftovers cleaned up");
  }

  private Process startChild() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashChild.class.getName());
    command.add(root.toString());
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("ready", out.readLine(), "the child started");
    }
    assertTrue(Files.isDirectory(root));
    return child;
  }
}
