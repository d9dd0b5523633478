package org.zhuiguang.indexer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.indexer.FixtureCorpus;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.embed.BgeEncoder;
import org.zhuiguang.indexer.embed.QueryCachingEncoder;
import org.zhuiguang.indexer.embed.TextEncoder;
import org.zhuiguang.indexer.index.BuildResult;
import org.zhuiguang.indexer.index.IndexBuilder;
import org.zhuiguang.indexer.index.IndexGenerations;
import org.zhuiguang.indexer.index.IndexManifest;
import org.zhuiguang.indexer.index.ProgressListener;
import org.zhuiguang.indexer.rank.CitationPrior;
import org.zhuiguang.indexer.rank.LayVocabulary;
import org.zhuiguang.indexer.rank.RerankWeights;
import org.zhuiguang.indexer.rank.RerankingSearcher;

/** Vectors from the real in-process model over the fixture corpus. */
class VectorSearchTest {

  static BgeEncoder encoder;

  @TempDir static Path root;

  static BuildResult build;

  static int builtSegments;

  @BeforeAll
  static void build() throws Exception {
    encoder = new BgeEncoder(2, 16, false);
    build =
        new IndexBuilder(
                root, new StatuteAnalyzer(), Optional.of(encoder), ProgressListener.NONE, 2)
            .build(FixtureCorpus.corpus(), true);
    Path served = new IndexGenerations(root).current().orElseThrow();
    try (Directory dir = FSDirectory.open(served);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      builtSegments = reader.leaves().size();
    }
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void buildServesBm25FirstThenVectors() {
    IndexManifest manifest = build.manifest();
    assertEquals("gen-000002", manifest.generation());
    assertTrue(build.bm25Ready().isPresent());
    assertEquals(IndexManifest.Vectors.COMPLETE, manifest.vectors());
    assertEquals(BgeEncoder.MODEL_NAME, manifest.embeddingModel());
    assertEquals(512, manifest.embeddingDimension());
    assertEquals(FixtureCorpus.DOCUMENTS - 1, build.counters().embedded(), "one text repeats");
  }

  @Test
  void denseAndHybridFindTheArticle() throws Exception {
    try (LuceneStatuteSearcher searcher =
        LuceneStatuteSearcher.open(root, SearcherConfig.of(Optional.of(encoder)))) {
      assertEquals(EnumSetOfAll.ALL, searcher.availableModes());
      for (SearchMode mode : List.of(SearchMode.DENSE, SearchMode.HYBRID)) {
        List<SearchHit> hits = searcher.search(SearchRequest.of("老板一直不发薪水", 3, mode));
        assertEquals(FixtureCorpus.WAGES + "|12|0", hits.get(0).article().docId(), mode.label());
      }
      List<SearchHit> pets = searcher.search(SearchRequest.of("养狗太吵影响邻居", 1, SearchMode.DENSE));
      assertEquals(FixtureCorpus.NEIGHBOURS + "|2|1", pets.get(0).article().docId());
    }
  }

  @Test
  void theGenerationWithVectorsIsOneSegment() {
    assertEquals(1, builtSegments, "merged after indexing on 2 threads");
  }

  @Test
  void keptHitsAndCachedQueryEmbeddingsChangeNoResult() throws Exception {
    List<String> questions = List.of("老板一直不发薪水", "养狗太吵影响邻居", "拖欠工资怎么办", "老板一直不发薪水");
    QueryCachingEncoder caching = new QueryCachingEncoder(encoder, 2);
    try (LuceneStatuteSearcher plain =
            LuceneStatuteSearcher.open(
                root, SearcherConfig.of(Optional.of(encoder)).withHitCache(0));
        LuceneStatuteSearcher cached =
            LuceneStatuteSearcher.open(root, SearcherConfig.of(Optional.of(caching)))) {
      for (int round = 0; round < 2; round++) {
        for (SearchMode mode : SearchMode.values()) {
          for (String q : questions) {
            SearchRequest request = SearchRequest.of(q, 5, mode);
            assertEquals(plain.search(request), cached.search(request), mode + " " + q);
          }
        }
      }
    }
    assertTrue(caching.hits() > 0, "repeated questions come from the cache");
  }

  @Test
  void reRankingLightCandidatesGivesTheRankingOfWholeHits() throws Exception {
    // the fixture's rules cite only their own articles: an invented prior too
    CitationPrior invented =
        new CitationPrior(
            Map.of(FixtureCorpus.WAGES + "|13|0", 7, FixtureCorpus.NEIGHBOURS + "|3|0", 2));
    try (LuceneStatuteSearcher searcher =
        LuceneStatuteSearcher.open(
            root,
            SearcherConfig.of(Optional.of(encoder))
                .withHitCache(0)
                .withRegions(Set.of(SearcherConfig.ALL_REGIONS)))) {
      StatuteSearcher wholeHits = new WholeHits(searcher);
      for (CitationPrior prior : List.of(CitationPrior.of(FixtureCorpus.corpus()), invented)) {
        StatuteSearcher light =
            new RerankingSearcher(searcher, RerankWeights.DEFAULT, prior, LayVocabulary.standard());
        StatuteSearcher whole =
            new RerankingSearcher(
                wholeHits, RerankWeights.DEFAULT, prior, LayVocabulary.standard());
        for (String q : List.of("老板一直不发薪水", "养狗太吵影响邻居", "物业费每年公开吗", "盖房挡住采光要赔偿吗", "通行")) {
          SearchRequest request = SearchRequest.of(q, FixtureCorpus.DOCUMENTS, SearchMode.HYBRID);
          List<SearchHit> expected = whole.search(request);
          assertEquals(expected, light.search(request), q);
          assertTrue(expected.size() >= FixtureCorpus.IN_FORCE, q);
        }
      }
    }
  }

  /** The searcher seen only through search: re-ranking then gets whole hits. */
  private record WholeHits(StatuteSearcher searcher) implements StatuteSearcher {
    @Override
    public List<SearchHit> search(SearchRequest request) {
      return searcher.search(request);
    }

    @Override
    public Set<SearchMode> availableModes() {
      return searcher.availableModes();
    }
  }

  @Test
  void concurrentQueriesShareTheModelAndGetTheSameVector() throws Exception {
    String question = "邻居装修噪音太大怎么办";
    float[] alone = encoder.encodeQuery(question);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<float[]>> futures = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        futures.add(pool.submit(() -> encoder.encodeQuery(question)));
      }
      for (Future<float[]> f : futures) {
        assertArrayEquals(alone, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rebuildReusesEveryEmbedding() throws Exception {
    try (BgeEncoder again = new BgeEncoder(1, 4, false)) {
      BuildResult rebuild =
          new IndexBuilder(
                  root, new StatuteAnalyzer(), Optional.of(again), ProgressListener.NONE, 1)
              .update(FixtureCorpus.corpusWithChangedWages(), true);
      assertEquals(1, rebuild.counters().embedded(), "only the changed article is embedded");
      assertEquals(IndexManifest.Vectors.COMPLETE, rebuild.manifest().vectors());
    }
  }

  @Test
  void anotherModelServesBm25OnlyAndSaysSo() throws Exception {
    TextEncoder other = new FakeEncoder();
    try (LuceneStatuteSearcher searcher =
        LuceneStatuteSearcher.open(root, SearcherConfig.of(Optional.of(other)))) {
      assertEquals(Set.of(SearchMode.BM25), searcher.availableModes());
      assertTrue(searcher.status().note().orElseThrow().contains("not the configured fake-8"));
      assertEquals(SearchMode.BM25, searcher.effectiveMode(SearchMode.HYBRID));
      assertEquals(
          FixtureCorpus.WAGES + "|12|0",
          searcher.search(SearchRequest.of("拖欠工资", 1, SearchMode.HYBRID)).get(0).article().docId());
    }
  }

  private static final class EnumSetOfAll {
    static final Set<SearchMode> ALL = Set.of(SearchMode.values());
  }

  private static final class FakeEncoder implements TextEncoder {
    @Override
    public String modelName() {
      return "fake-8";
    }

    @Override
    public int dimension() {
      return 8;
    }

    @Override
    public List<float[]> encodePassages(List<String> passages) {
      List<float[]> out = new ArrayList<>();
      passages.forEach(p -> out.add(new float[8]));
      return out;
    }

    @Override
    public float[] encodeQuery(String query) {
      throw new AssertionError("a mismatched model is never asked");
    }

    @Override
    public void close() {}
  }
}
