package org.zhuiguang.indexer.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.embed.BgeEncoder;
import org.zhuiguang.indexer.embed.EmbeddingCache;
import org.zhuiguang.indexer.search.LuceneStatuteSearcher;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.SearcherConfig;

/**
 * Kills a child JVM that rebuilds and updates the index (kill -9, at seeded random moments) and
 * checks that the generation served afterwards is clean (CheckIndex) with exactly the documents of
 * one of the two corpus variants, and that the next build succeeds; and kills a child that builds
 * with vectors while it fills the embeddings. {@code -Dzg.crash.seeds=N} raises the number of kills
 * per test (default 3).
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

  /** 600 short articles in 24 laws: three chunks of embeddings for the real model. */
  static Corpus vectorCorpus() {
    return SyntheticCorpus.of(24, 25, 0);
  }

  /**
   * Kills a child JVM that builds with vectors (real model) while it fills the embeddings: after a
   * seeded number of saved chunks (0 to 2) and a seeded delay, so some kills land in the middle of
   * embedding and some while the generation with vectors is written. After every kill the served
   * generation is clean with exactly the corpus's documents, carries vectors for every document
   * exactly when its manifest says they are complete, and the embedding cache only grows and holds
   * unit vectors. A final build embeds only what the cache still lacks and writes the cached
   * vectors.
   */
  @Test
  void killedVectorFillsKeepServingAndResume() throws Exception {
    int seeds = Integer.getInteger("zg.crash.seeds", 3);
    Corpus corpus = vectorCorpus();
    long documents = SyntheticCorpus.documents(corpus);
    List<String> keys = embeddingKeys(corpus);
    Random random = new Random(Long.getLong("zg.crash.seed", 20250401L) + 1);
    int cached = 0;
    List<String> killedIn = new ArrayList<>();
    for (int seed = 0; seed < seeds; seed++) {
      Process child = startChild("vectors");
      BlockingQueue<String> lines = lines(child);
      int chunks = random.nextInt(3);
      long delay = random.nextInt(400);
      String stage = awaitChunks(lines, chunks);
      Thread.sleep(delay);
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
      killedIn.add(stage + " +" + delay + " ms");
      String when = "after a kill in " + stage + " (+" + delay + " ms)";

      Path served = new IndexGenerations(root).current().orElseThrow();
      IndexManifest manifest = IndexGenerations.verify(served);
      assertEquals(documents, manifest.documents(), when);
      try (Directory dir = FSDirectory.open(served);
          CheckIndex check = new CheckIndex(dir)) {
        assertTrue(check.checkIndex().clean, "CheckIndex is clean " + when);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          assertEquals(documents, reader.numDocs(), "exact count " + when);
          long expectedVectors =
              manifest.vectors() == IndexManifest.Vectors.COMPLETE ? documents : 0;
          assertEquals(expectedVectors, vectorCount(reader), "vectors " + when);
        }
      }
      try (EmbeddingCache cache =
          EmbeddingCache.open(
              root.resolve(IndexBuilder.EMBEDDINGS), BgeEncoder.MODEL_NAME, BgeEncoder.DIMENSION)) {
        int now = cache.size();
        assertTrue(now >= cached, "the cache only grows: " + cached + " -> " + now + " " + when);
        assertTrue(now <= keys.size(), "no foreign entries " + when);
        for (String key : keys) {
          cache
              .get(key)
              .ifPresent(v -> assertEquals(1.0, norm(v), 1e-3, "a unit vector in the cache"));
        }
        cached = now;
      }
    }

    try (BgeEncoder encoder = new BgeEncoder(2, 4, false)) {
      IndexBuilder builder =
          new IndexBuilder(
              root, new StatuteAnalyzer(), Optional.of(encoder), ProgressListener.NONE, 2);
      BuildResult after = builder.build(corpus, true);
      assertEquals(
          keys.size() - cached, after.counters().embedded(), "only the missing texts: " + killedIn);
      assertEquals(IndexManifest.Vectors.COMPLETE, after.manifest().vectors());
      assertEquals(documents, after.manifest().documents());
      Path served = new IndexGenerations(root).current().orElseThrow();
      try (Directory dir = FSDirectory.open(served);
          CheckIndex check = new CheckIndex(dir);
          DirectoryReader reader = DirectoryReader.open(dir);
          EmbeddingCache cache =
              EmbeddingCache.open(
                  root.resolve(IndexBuilder.EMBEDDINGS),
                  BgeEncoder.MODEL_NAME,
                  BgeEncoder.DIMENSION)) {
        assertTrue(check.checkIndex().clean);
        assertEquals(documents, reader.numDocs());
        assertEquals(keys.size(), cache.size());
        assertEquals(documents, vectorCount(reader));
        for (LeafReaderContext leaf : reader.leaves()) {
          FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
          StoredFields stored = leaf.reader().storedFields();
          KnnVectorValues.DocIndexIterator it = values.iterator();
          for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            String key = stored.document(doc).get(IndexFields.EMBED_HASH);
            assertArrayEquals(
                cache.get(key).orElseThrow(), values.vectorValue(it.index()), "doc " + doc);
          }
        }
        // the cached vectors are the model's: a text embedded again alone is (nearly) the same
        List<String> sample = List.of(keys.get(0), keys.get(keys.size() / 2));
        for (String key : sample) {
          String text = textOf(corpus, key);
          float[] fresh = encoder.encodePassages(List.of(text)).get(0);
          assertTrue(dot(fresh, cache.get(key).orElseThrow()) > 0.98, "cosine for " + text);
        }
      }
    }
  }

  private static List<String> embeddingKeys(Corpus corpus) {
    Set<String> keys = new LinkedHashSet<>();
    for (Law law : corpus.laws()) {
      for (ArticleRecord record : CorpusRecords.of(law, new IndexCounters())) {
        keys.add(ArticleDocumentGenerator.textHash(ArticleDocumentGenerator.embeddingText(record)));
      }
    }
    return new ArrayList<>(keys);
  }

  private static String textOf(Corpus corpus, String key) {
    for (Law law : corpus.laws()) {
      for (ArticleRecord record : CorpusRecords.of(law, new IndexCounters())) {
        String text = ArticleDocumentGenerator.embeddingText(record);
        if (ArticleDocumentGenerator.textHash(text).equals(key)) {
          return text;
        }
      }
    }
    throw new IllegalArgumentException(key);
  }

  private static long vectorCount(DirectoryReader reader) throws IOException {
    long count = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
      if (values != null) {
        KnnVectorValues.DocIndexIterator it = values.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static double norm(float[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** The child's output lines, read on a thread of their own; "EOF" when it ends. */
  private static BlockingQueue<String> lines(Process child) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the child was killed
              }
              lines.add("EOF");
            });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /**
   * Waits until the child has saved this many chunks of embeddings, or has gone past embedding;
   * returns the stage it is in then.
   */
  private static String awaitChunks(BlockingQueue<String> lines, int chunks) throws Exception {
    String stage = "start";
    int saved = 0;
    while (true) {
      String line = lines.poll(180, TimeUnit.SECONDS);
      assertNotNull(line, "the child reports progress");
      if (line.startsWith("embedded ")) {
        saved++;
        stage = "embedding after chunk " + saved;
      } else {
        stage = line;
      }
      boolean embeddingStarted = line.equals("embedding") || line.startsWith("embedded ");
      if ((embeddingStarted && saved >= chunks)
          || line.equals("indexing with vectors")
          || line.equals("done")
          || line.equals("EOF")) {
        return stage;
      }
    }
  }

  private Process startChild(String... mode) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashChild.class.getName());
    command.add(root.toString());
    command.addAll(List.of(mode));
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (mode.length > 0) {
      return child;
    }
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("ready", out.readLine(), "the child started");
    }
    assertTrue(Files.isDirectory(root));
    return child;
  }
}
