package org.zhuiguang.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.embed.EmbeddingCache;
import org.zhuiguang.indexer.embed.TextEncoder;

/**
 * Builds and updates the statute index, one new generation per change, under the index's write
 * lock. A build with vectors first serves a BM25-only generation (seconds), then embeds what the
 * embedding cache lacks and serves a second generation with vectors; an update copies the current
 * generation and replaces only the laws whose content changed, embedding only those.
 */
public final class IndexBuilder {

  /** The embedding cache folder inside the index folder. */
  public static final String EMBEDDINGS = "embeddings";

  private final IndexGenerations generations;
  private final StatuteAnalyzer analyzer;
  private final Optional<TextEncoder> encoder;
  private final ProgressListener progress;
  private final int threads;

  public IndexBuilder(
      Path root,
      StatuteAnalyzer analyzer,
      Optional<TextEncoder> encoder,
      ProgressListener progress,
      int threads) {
    this.generations = new IndexGenerations(root);
    this.analyzer = analyzer;
    this.encoder = encoder;
    this.progress = progress;
    this.threads = Math.max(1, threads);
  }

  /** Builds the index from scratch; with vectors when asked and an encoder is configured. */
  public BuildResult build(Corpus corpus, boolean withVectors) throws IOException {
    Instant start = Instant.now();
    try (IndexGenerations.WriteLock lock = generations.lock()) {
      return fullBuild(corpus, withVectors && encoder.isPresent(), start);
    }
  }

  private BuildResult fullBuild(Corpus corpus, boolean withVectors, Instant start)
      throws IOException {
    IndexCounters counters = new IndexCounters();
    List<List<ArticleRecord>> laws = records(corpus.laws(), counters);
    LawHashes hashes = LawHashes.of(corpus.laws());
    Optional<Duration> bm25Ready = Optional.empty();
    IndexManifest manifest = null;
    if (!withVectors) {
      manifest = writeFull(laws, hashes, counters, Optional.empty(), true);
      bm25Ready = Optional.of(Duration.between(start, Instant.now()));
    } else {
      TextEncoder model = encoder.orElseThrow();
      try (EmbeddingCache cache = openCache(model)) {
        if (!EmbeddingFiller.missing(laws, cache).isEmpty()) {
          // served only while the embeddings fill: searchable first, not merged
          manifest = writeFull(laws, hashes, new IndexCounters(), Optional.empty(), false);
          bm25Ready = Optional.of(Duration.between(start, Instant.now()));
        }
        EmbeddingFiller.fill(laws, cache, model, counters, progress);
        manifest = writeFull(laws, hashes, counters, Optional.of(cache), true);
      }
    }
    long articles =
        corpus.laws().stream()
            .flatMap(law -> law.versions().stream())
            .mapToLong(v -> v.articles().size())
            .sum();
    if (counters.indexed() + counters.skippedTotal() != articles) {
      throw new IllegalStateException(
          "counts do not add up: "
              + counters.indexed()
              + " indexed + "
              + counters.skippedTotal()
              + " skipped != "
              + articles
              + " articles");
    }
    return new BuildResult(
        manifest, counters, Duration.between(start, Instant.now()), true, bm25Ready);
  }

  private IndexManifest writeFull(
      List<List<ArticleRecord>> laws,
      LawHashes hashes,
      IndexCounters counters,
      Optional<EmbeddingCache> cache,
      boolean merge)
      throws IOException {
    Path folder = generations.newGeneration();
    long total = laws.stream().mapToLong(List::size).sum();
    progress.start(cache.isPresent() ? "indexing with vectors" : "indexing", total);
    try (GenerationWriter writer = GenerationWriter.create(folder, analyzer, threads)) {
      writer.addAll(laws, vectors(cache), counters, progress);
      if (merge) {
        writer.forceMerge();
      }
      long inForce = laws.stream().flatMap(List::stream).filter(ArticleRecord::inForce).count();
      IndexManifest manifest = manifest(folder, hashes, total, inForce, cache.isPresent());
      writer.commit(manifest, hashes);
    }
    progress.finish();
    IndexManifest served = generations.switchTo(folder);
    generations.cleanUp();
    return served;
  }

  /**
   * Brings the index in line with the corpus: only laws added, changed or removed are touched. With
   * vectors asked for and an index whose vectors are incomplete or of another model, the vectors
   * are then filled for the whole index. Without a current generation, or with one of another
   * schema version ({@link IndexFields#SCHEMA_VERSION}), it builds.
   */
  public BuildResult update(Corpus corpus, boolean withVectors) throws IOException {
    Instant start = Instant.now();
    boolean vectorsWanted = withVectors && encoder.isPresent();
    try (IndexGenerations.WriteLock lock = generations.lock()) {
      Optional<Path> current = generations.current();
      if (current.isEmpty()
          || IndexGenerations.manifest(current.get()).schemaVersion()
              != IndexFields.SCHEMA_VERSION) {
        return fullBuild(corpus, vectorsWanted, start);
      }
      IndexManifest old = IndexGenerations.verify(current.get());
      if (!old.analyzer().equals(analyzer.label())) {
        return fullBuild(corpus, vectorsWanted, start);
      }
      boolean vectorsOk =
          vectorsWanted && old.vectorsMatch(encoder.get().modelName(), encoder.get().dimension());
      LawHashes before = LawHashes.read(current.get().resolve(IndexGenerations.LAWS_FILE));
      LawHashes after = LawHashes.of(corpus.laws());
      List<Law> changed = new ArrayList<>();
      for (Law law : corpus.laws()) {
        if (!after.hash(law.title()).equals(before.hash(law.title()))) {
          changed.add(law);
        }
      }
      Set<String> retired = new HashSet<>(before.byTitle().keySet());
      retired.removeAll(after.byTitle().keySet());
      IndexCounters counters = new IndexCounters();
      counters.lawsChanged(changed.size(), retired.size());
      IndexManifest manifest = old;
      boolean switched = false;
      if (!changed.isEmpty() || !retired.isEmpty()) {
        manifest = applyChanges(current.get(), old, changed, retired, after, vectorsOk, counters);
        switched = true;
      }
      if (vectorsWanted && !vectorsOk) {
        BuildResult filled = fullBuild(corpus, true, start);
        return new BuildResult(
            filled.manifest(),
            filled.counters(),
            Duration.between(start, Instant.now()),
            true,
            filled.bm25Ready());
      }
      return new BuildResult(
          manifest, counters, Duration.between(start, Instant.now()), switched, Optional.empty());
    }
  }

  private IndexManifest applyChanges(
      Path current,
      IndexManifest old,
      List<Law> changed,
      Set<String> retired,
      LawHashes after,
      boolean withVectors,
      IndexCounters counters)
      throws IOException {
    Set<String> removed = new HashSet<>(retired);
    changed.forEach(law -> removed.add(law.title()));
    long[] removedCounts = countDocuments(current, removed);
    List<List<ArticleRecord>> laws = records(changed, counters);
    long added = laws.stream().mapToLong(List::size).sum();
    long addedInForce = laws.stream().flatMap(List::stream).filter(ArticleRecord::inForce).count();
    Path folder = generations.newGeneration();
    Optional<EmbeddingCache> cache = Optional.empty();
    try {
      if (withVectors) {
        cache = Optional.of(openCache(encoder.orElseThrow()));
        EmbeddingFiller.fill(laws, cache.get(), encoder.get(), counters, progress);
      }
      progress.start("indexing changed laws", added);
      try (GenerationWriter writer = GenerationWriter.copyOf(current, folder, analyzer, threads)) {
        for (String title : removed) {
          writer.deleteLaw(title);
        }
        writer.addAll(laws, vectors(cache), counters, progress);
        IndexManifest manifest =
            manifest(
                folder,
                after,
                old.documents() - removedCounts[0] + added,
                old.articlesInForce() - removedCounts[1] + addedInForce,
                withVectors);
        writer.commit(manifest, after);
      }
      progress.finish();
    } finally {
      if (cache.isPresent()) {
        cache.get().close();
      }
    }
    IndexManifest served = generations.switchTo(folder);
    generations.cleanUp();
    return served;
  }

  /** Documents, and documents in force, of the given laws in a generation. */
  private static long[] countDocuments(Path generation, Set<String> titles) throws IOException {
    long[] counts = new long[2];
    try (Directory dir = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String title : titles) {
        TermQuery law = new TermQuery(new Term(IndexFields.LAW, title));
        counts[0] += searcher.count(law);
        counts[1] +=
            searcher.count(
                new BooleanQuery.Builder()
                    .add(law, BooleanClause.Occur.FILTER)
                    .add(
                        IntPoint.newExactQuery(IndexFields.VALID_TO, IndexFields.OPEN_END),
                        BooleanClause.Occur.FILTER)
                    .build());
      }
    }
    return counts;
  }

  private IndexManifest manifest(
      Path folder, LawHashes hashes, long documents, long inForce, boolean withVectors) {
    return new IndexManifest(
        IndexFields.SCHEMA_VERSION,
        folder.getFileName().toString(),
        hashes.corpusHash(),
        hashes.size(),
        documents,
        inForce,
        analyzer.label(),
        withVectors ? encoder.orElseThrow().modelName() : IndexManifest.NO_MODEL,
        withVectors ? encoder.orElseThrow().dimension() : 0,
        withVectors ? IndexManifest.Vectors.COMPLETE : IndexManifest.Vectors.NONE,
        Instant.now());
  }

  private static Function<ArticleRecord, Optional<float[]>> vectors(
      Optional<EmbeddingCache> cache) {
    if (cache.isEmpty()) {
      return record -> Optional.empty();
    }
    EmbeddingCache c = cache.get();
    return record -> {
      String key =
          ArticleDocumentGenerator.textHash(ArticleDocumentGenerator.embeddingText(record));
      return Optional.of(
          c.get(key)
              .orElseThrow(() -> new IllegalStateException("no embedding for " + record.id())));
    };
  }

  private EmbeddingCache openCache(TextEncoder model) throws IOException {
    return EmbeddingCache.open(
        generations.root().resolve(EMBEDDINGS), model.modelName(), model.dimension());
  }

  private static List<List<ArticleRecord>> records(List<Law> laws, IndexCounters counters) {
    List<List<ArticleRecord>> records = new ArrayList<>(laws.size());
    for (Law law : laws) {
      records.add(CorpusRecords.of(law, counters));
    }
    return records;
  }
}
