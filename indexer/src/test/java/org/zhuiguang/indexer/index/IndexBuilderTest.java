package org.zhuiguang.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.indexer.FixtureCorpus;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.search.LuceneStatuteSearcher;
import org.zhuiguang.indexer.search.SearchHit;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.SearcherConfig;

class IndexBuilderTest {

  @TempDir Path root;

  private IndexBuilder builder() {
    return new IndexBuilder(
        root, new StatuteAnalyzer(), Optional.empty(), ProgressListener.NONE, 2);
  }

  private LuceneStatuteSearcher searcher() throws Exception {
    return LuceneStatuteSearcher.open(root, SearcherConfig.of(Optional.empty()));
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(h -> h.article().docId()).toList();
  }

  @Test
  void buildsOneDocumentPerArticleOfEveryVersionWithAManifest() throws Exception {
    BuildResult result = builder().build(FixtureCorpus.corpus(), false);
    IndexManifest manifest = result.manifest();
    assertEquals(FixtureCorpus.DOCUMENTS, manifest.documents());
    assertEquals(FixtureCorpus.IN_FORCE, manifest.articlesInForce());
    assertEquals(4, manifest.laws());
    assertEquals(IndexFields.SCHEMA_VERSION, manifest.schemaVersion());
    assertEquals(IndexManifest.Vectors.NONE, manifest.vectors());
    assertEquals("cjk-bigram-unigram", manifest.analyzer());
    assertEquals(FixtureCorpus.DOCUMENTS, result.counters().indexed());
    assertEquals(0, result.counters().skippedTotal());
    assertEquals("gen-000001", manifest.generation());
    assertEquals(manifest, IndexGenerations.verify(root.resolve("gen-000001")));
  }

  @Test
  void searchesInForceVersionsOfTheDefaultJurisdiction() throws Exception {
    builder().build(FixtureCorpus.corpus(), false);
    try (LuceneStatuteSearcher searcher = searcher()) {
      assertEquals(Set.of(SearchMode.BM25), searcher.availableModes());
      List<SearchHit> hits = searcher.search(SearchRequest.of("单位拖欠工资怎么办", 3, SearchMode.BM25));
      assertEquals(FixtureCorpus.WAGES + "|12|0", ids(hits).get(0));
      List<SearchHit> fees = searcher.search(SearchRequest.of("物业费收支公开", 10, SearchMode.HYBRID));
      assertEquals(
          List.of(FixtureCorpus.GUANGDONG + "|20|0", FixtureCorpus.GUANGDONG + "|1|0"),
          ids(fees).subList(0, 2));
      assertTrue(ids(fees).stream().noneMatch(id -> id.startsWith(FixtureCorpus.SHANGHAI)));
      SearchHit top = fees.get(0);
      assertEquals(Optional.of("广东"), top.region());
      assertEquals(List.of("第三章 物业服务"), top.chapterPath());
      assertEquals(LocalDate.parse("2022-07-01"), top.article().version());
    }
  }

  @Test
  void aDateBeforeTheSuccessorFindsTheSupersededVersion() throws Exception {
    builder().build(FixtureCorpus.corpus(), false);
    try (LuceneStatuteSearcher searcher = searcher()) {
      SearchRequest now = SearchRequest.of("邻里", 10, SearchMode.BM25);
      SearchHit current = searcher.search(now).get(0);
      assertEquals(FixtureCorpus.NEIGHBOURS + "|1|0", current.article().docId());
      assertEquals(LocalDate.parse("2021-01-01"), current.article().version());
      SearchRequest then =
          new SearchRequest(
              "邻里",
              10,
              SearchMode.BM25,
              Optional.of(LocalDate.parse("2015-06-01")),
              Set.of(),
              Set.of());
      List<SearchHit> old = searcher.search(then);
      assertEquals(LocalDate.parse("2010-03-01"), old.get(0).article().version());
      assertTrue(old.stream().noneMatch(h -> h.article().number().suffix() == 1));
    }
  }

  @Test
  void regionsAreConfigurable() throws Exception {
    builder().build(FixtureCorpus.corpus(), false);
    try (LuceneStatuteSearcher searcher =
        LuceneStatuteSearcher.open(
            root, SearcherConfig.of(Optional.empty()).withRegions(Set.of("上海")))) {
      List<SearchHit> fees = searcher.search(SearchRequest.of("物业费收支公开", 1, SearchMode.BM25));
      assertEquals(FixtureCorpus.SHANGHAI + "|20|0", fees.get(0).article().docId());
    }
  }

  @Test
  void updateReplacesOnlyTheChangedLawAndSwitchesGeneration() throws Exception {
    builder().build(FixtureCorpus.corpus(), false);
    try (LuceneStatuteSearcher searcher = searcher()) {
      BuildResult update = builder().update(FixtureCorpus.corpusWithChangedWages(), false);
      assertTrue(update.changed());
      assertEquals(3, update.counters().indexed());
      assertEquals(1, update.counters().asMap().get("laws_changed"));
      assertEquals(FixtureCorpus.DOCUMENTS, update.manifest().documents());
      assertEquals("gen-000002", update.manifest().generation());
      assertTrue(searcher.refresh());
      SearchHit hit = searcher.search(SearchRequest.of("三日内支付", 1, SearchMode.BM25)).get(0);
      assertTrue(hit.article().text().contains("三日内"));
      BuildResult again = builder().update(FixtureCorpus.corpusWithChangedWages(), false);
      assertFalse(again.changed());
      assertEquals("gen-000002", again.manifest().generation());
    }
    assertTrue(Files.isDirectory(root.resolve("gen-000001")), "previous generation kept");
  }

  @Test
  void anIndexOfAnotherSchemaIsRefusedBySearchAndRebuiltByUpdate() throws Exception {
    builder().build(FixtureCorpus.corpus(), false);
    Path first = root.resolve("gen-000001");
    Map<String, String> data = new HashMap<>(IndexGenerations.manifest(first).toUserData());
    data.put("zg.schema_version", Integer.toString(IndexFields.SCHEMA_VERSION - 1));
    try (Directory dir = FSDirectory.open(first);
        IndexWriter writer =
            new IndexWriter(
                dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    assertThrows(IllegalStateException.class, this::searcher);
    BuildResult update = builder().update(FixtureCorpus.corpus(), false);
    assertEquals("gen-000002", update.manifest().generation());
    assertEquals(IndexFields.SCHEMA_VERSION, update.manifest().schemaVersion());
    assertEquals(FixtureCorpus.DOCUMENTS, update.manifest().documents());
    try (LuceneStatuteSearcher searcher = searcher()) {
      List<SearchHit> hits = searcher.search(SearchRequest.of("单位拖欠工资怎么办", 1, SearchMode.BM25));
      assertEquals(FixtureCorpus.WAGES + "|12|0", ids(hits).get(0));
    }
  }

  @Test
  void aSecondWriterIsRefused() throws Exception {
    IndexGenerations generations = new IndexGenerations(root);
    try (IndexGenerations.WriteLock lock = generations.lock()) {
      assertThrows(IndexBusyException.class, () -> builder().build(FixtureCorpus.corpus(), false));
    }
  }
}
