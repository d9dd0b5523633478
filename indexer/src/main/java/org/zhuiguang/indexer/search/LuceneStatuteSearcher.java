package org.zhuiguang.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.indexer.index.ArticleDocumentGenerator;
import org.zhuiguang.indexer.index.IndexFields;
import org.zhuiguang.indexer.index.IndexGenerations;
import org.zhuiguang.indexer.index.IndexManifest;

/**
 * Searches the generation the index's pointer names. Each request holds a reference to one
 * generation from start to end; when the pointer moves, new requests get the new generation and the
 * old one closes once its last request finishes. Dense and hybrid search are on only when the
 * generation's vectors are complete and were made by the configured model; otherwise requests fall
 * back to BM25 and {@link #status()} says why.
 */
public final class LuceneStatuteSearcher implements StatuteSearcher, AutoCloseable {

  private static final long CHECK_INTERVAL_NANOS = 1_000_000_000L;

  /**
   * The HNSW search collects this many candidates per hit asked for (at least {@link
   * #MIN_KNN_CANDIDATES}) and keeps the best. Measured on the full index, one segment, 1,080
   * stard-dev questions, top 100 against an exact search: 100 candidates find 0.910 of the exact
   * top 100, 200 find 0.964 (0.996 of the top 10) for 0.43 ms of CPU, 300 find 0.980 (0.997) for
   * 0.65 ms. 200 it is: with 300, stard-dev's re-ranked hybrid scored R@10 0.6046, R@100 0.7892,
   * MRR@10 0.5028 and dense R@10 0.5046, R@100 0.7496; with 200 the same index scores 0.6051,
   * 0.7890, 0.5028 and 0.5055, 0.7498 (docs/benchmarks.md).
   */
  static final int KNN_CANDIDATES_PER_HIT = 2;

  static final int MIN_KNN_CANDIDATES = 100;

  private final IndexGenerations generations;
  private final SearcherConfig config;
  private volatile Generation current;
  private volatile long lastCheck;
  private volatile boolean closed;

  private LuceneStatuteSearcher(IndexGenerations generations, SearcherConfig config, Generation g) {
    this.generations = generations;
    this.config = config;
    this.current = g;
    this.lastCheck = System.nanoTime();
  }

  /** Opens the generation the index folder's pointer names; fails when there is none. */
  public static LuceneStatuteSearcher open(Path indexRoot, SearcherConfig config)
      throws IOException {
    IndexGenerations generations = new IndexGenerations(indexRoot);
    Path gen =
        generations
            .current()
            .orElseThrow(
                () ->
                    new IllegalStateException("no index at " + indexRoot + "; run zg index build"));
    return new LuceneStatuteSearcher(generations, config, Generation.open(gen, config));
  }

  @Override
  public List<SearchHit> search(SearchRequest request) {
    maybeRefresh();
    Generation g = acquire();
    try {
      return g.search(request, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.release();
    }
  }

  /**
   * Serves the requests from one generation, held until {@code use} returns. A candidate reads its
   * version id, level and innermost heading from the doc values; its text and the rest of its hit
   * are read from the stored fields only when {@link Candidate#hit} is called.
   */
  @Override
  public <T> T candidates(List<SearchRequest> requests, Function<List<List<Candidate>>, T> use) {
    maybeRefresh();
    Generation g = acquire();
    try {
      CandidateReader reader = new CandidateReader(g);
      List<List<Candidate>> rankings = new ArrayList<>(requests.size());
      for (SearchRequest request : requests) {
        rankings.add(reader.ranking(g.rank(request, config)));
      }
      return use.apply(rankings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      g.release();
    }
  }

  /** The mode a request in this mode is actually served with. */
  public SearchMode effectiveMode(SearchMode requested) {
    return availableModes().contains(requested) ? requested : SearchMode.BM25;
  }

  @Override
  public Set<SearchMode> availableModes() {
    return current.status.modes();
  }

  public SearcherStatus status() {
    maybeRefresh();
    return current.status;
  }

  /** Switches to the generation the pointer names now, if it moved. Returns whether it did. */
  public synchronized boolean refresh() throws IOException {
    lastCheck = System.nanoTime();
    Optional<Path> pointed = generations.current();
    if (closed || pointed.isEmpty() || pointed.get().equals(current.folder)) {
      return false;
    }
    Generation next = Generation.open(pointed.get(), config);
    Generation old = current;
    current = next;
    old.release();
    return true;
  }

  private void maybeRefresh() {
    if (System.nanoTime() - lastCheck < CHECK_INTERVAL_NANOS) {
      return;
    }
    try {
      refresh();
    } catch (IOException | RuntimeException e) {
      // keep serving the generation we have; the next check tries again
      lastCheck = System.nanoTime();
    }
  }

  private Generation acquire() {
    while (true) {
      Generation g = current;
      if (g.reader.tryIncRef()) {
        return g;
      }
      if (closed) {
        throw new IllegalStateException("the searcher is closed");
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    current.release();
  }

  /** One open generation, reference-counted through its reader. */
  private static final class Generation {
    final Path folder;
    final Directory directory;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final SearcherStatus status;

    /** Hits read so far, by document, kept up to a bound (the first ones read stay). */
    final AtomicReferenceArray<SearchHit> hits;

    final AtomicInteger hitsKept = new AtomicInteger();
    final int hitCache;

    private Generation(
        Path folder,
        Directory directory,
        DirectoryReader reader,
        SearcherStatus status,
        int hitCache) {
      this.folder = folder;
      this.directory = directory;
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
      this.status = status;
      this.hitCache = hitCache;
      this.hits = new AtomicReferenceArray<>(hitCache > 0 ? reader.maxDoc() : 0);
    }

    static Generation open(Path folder, SearcherConfig config) throws IOException {
      Directory directory = FSDirectory.open(folder);
      DirectoryReader reader;
      try {
        reader = DirectoryReader.open(directory);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
      try {
        IndexManifest manifest = IndexManifest.fromUserData(reader.getIndexCommit().getUserData());
        if (manifest.schemaVersion() != IndexFields.SCHEMA_VERSION) {
          throw new IllegalStateException(
              "the index has schema " + manifest.schemaVersion() + "; rebuild it");
        }
        Set<SearchMode> modes = EnumSet.of(SearchMode.BM25);
        Optional<String> note = Optional.empty();
        if (!manifest.analyzer().equals(config.analyzer().label())) {
          note = Optional.of("the index was built with analyzer " + manifest.analyzer());
        }
        if (config.encoder().isEmpty()) {
          note = Optional.of("no embedding model is configured: BM25 only");
        } else if (manifest.vectors() != IndexManifest.Vectors.COMPLETE) {
          note = Optional.of("vectors are not complete yet: BM25 only");
        } else if (!manifest.vectorsMatch(
            config.encoder().get().modelName(), config.encoder().get().dimension())) {
          note =
              Optional.of(
                  String.format(
                      java.util.Locale.ROOT,
                      "the index's vectors come from %s (dimension %d), not the configured %s"
                          + " (dimension %d): BM25 only",
                      manifest.embeddingModel(),
                      manifest.embeddingDimension(),
                      config.encoder().get().modelName(),
                      config.encoder().get().dimension()));
        } else {
          modes.add(SearchMode.DENSE);
          modes.add(SearchMode.HYBRID);
        }
        return new Generation(
            folder,
            directory,
            reader,
            new SearcherStatus(manifest, modes, note),
            config.hitCache());
      } catch (IOException | RuntimeException e) {
        reader.close();
        directory.close();
        throw e;
      }
    }

    void release() {
      try {
        reader.decRef();
        if (reader.getRefCount() == 0) {
          directory.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    List<SearchHit> search(SearchRequest request, SearcherConfig config) throws IOException {
      List<ScoreDoc> ranked = rank(request, config);
      // read in document order: neighbours share a compressed block (about 10% less CPU)
      Integer[] order = documentOrder(ranked);
      StoredFields stored = searcher.storedFields();
      SearchHit[] hits = new SearchHit[order.length];
      for (int i : order) {
        ScoreDoc sd = ranked.get(i);
        hits[i] = hit(stored, sd.doc, sd.score);
      }
      return new ArrayList<>(Arrays.asList(hits));
    }

    List<ScoreDoc> rank(SearchRequest request, SearcherConfig config) throws IOException {
      SearchMode mode = status.modes().contains(request.mode()) ? request.mode() : SearchMode.BM25;
      Set<String> regions =
          request.regions().isEmpty() ? config.defaultRegions() : request.regions();
      Query filter = QueryBuilder.filter(request, regions);
      int depth = Math.max(request.k(), config.depth());
      return switch (mode) {
        case BM25 -> List.of(bm25(request.query(), filter, request.k(), config));
        case DENSE -> List.of(dense(request.query(), filter, request.k(), config));
        case HYBRID ->
            RankFusion.reciprocalRank(
                List.of(
                    bm25(request.query(), filter, depth, config),
                    dense(request.query(), filter, depth, config)),
                config.rrfK(),
                request.k());
      };
    }

    /** The positions of a ranking sorted by document: doc values and stored blocks read forward. */
    static Integer[] documentOrder(List<ScoreDoc> ranked) {
      Integer[] order = new Integer[ranked.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingInt(i -> ranked.get(i).doc));
      return order;
    }

    /** The hit of a document, from the kept hits or read from the stored fields. */
    SearchHit hit(StoredFields stored, int doc, double score) throws IOException {
      SearchHit known = hitCache > 0 ? this.hits.get(doc) : null;
      if (known == null) {
        known = ArticleDocumentGenerator.hit(stored.document(doc), 0);
        if (hitCache > 0
            && hitsKept.get() < hitCache
            && this.hits.compareAndSet(doc, null, known)) {
          hitsKept.incrementAndGet();
        }
      }
      return new SearchHit(
          known.article(), known.level(), known.region(), known.chapterPath(), score);
    }

    /**
     * The top n of BM25. Hits are counted only up to n (the count is never read), so the search
     * skips documents that cannot enter the top n from the start instead of after 1,000 hits: the
     * same ranking for less CPU (measured on the full index: 1.11 against 1.27 ms per top 100 of a
     * question with its vocabulary expansion).
     */
    private ScoreDoc[] bm25(String text, Query filter, int n, SearcherConfig config)
        throws IOException {
      Query query = QueryBuilder.bm25(config.analyzer(), text);
      if (query == null) {
        return new ScoreDoc[0];
      }
      Query filtered =
          new BooleanQuery.Builder()
              .add(query, BooleanClause.Occur.MUST)
              .add(filter, BooleanClause.Occur.FILTER)
              .build();
      return searcher.search(filtered, new TopScoreDocCollectorManager(n, n)).scoreDocs;
    }

    private ScoreDoc[] dense(String text, Query filter, int n, SearcherConfig config)
        throws IOException {
      float[] vector = config.encoder().orElseThrow().encodeQuery(text);
      int explore = Math.max(MIN_KNN_CANDIDATES, KNN_CANDIDATES_PER_HIT * n);
      return searcher.search(
              new KnnFloatVectorQuery(IndexFields.VECTOR, vector, explore, filter), n)
          .scoreDocs;
    }
  }

  /**
   * Reads the candidates of one {@link #candidates} call from its generation: the doc values once
   * per document (a document in both rankings is read once), each heading once, and the hits kept
   * through one stored-fields reader (it keeps the block it decompressed last).
   */
  private static final class CandidateReader {
    final Generation generation;
    final Map<Integer, Candidate> byDoc = new HashMap<>();
    final Map<Long, String> headings = new HashMap<>();
    StoredFields stored;

    CandidateReader(Generation generation) {
      this.generation = generation;
    }

    List<Candidate> ranking(List<ScoreDoc> ranked) throws IOException {
      Integer[] order = Generation.documentOrder(ranked);
      Candidate[] candidates = new Candidate[order.length];
      List<LeafReaderContext> leaves = generation.reader.leaves();
      LeafValues values = null;
      for (int i : order) {
        int doc = ranked.get(i).doc;
        Candidate known = byDoc.get(doc);
        if (known == null) {
          int leaf = ReaderUtil.subIndex(doc, leaves);
          if (values == null || values.context.ord != leaf) {
            values = new LeafValues(leaves.get(leaf));
          }
          known = values.candidate(this, doc);
          byDoc.put(doc, known);
        }
        candidates[i] = known;
      }
      return Arrays.asList(candidates);
    }

    SearchHit hit(int doc, double score) {
      try {
        if (stored == null) {
          stored = generation.searcher.storedFields();
        }
        return generation.hit(stored, doc, score);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The doc values of one segment that candidates read, forward only (documents in order). */
  private static final class LeafValues {
    final LeafReaderContext context;
    final SortedDocValues versionIds;
    final SortedDocValues levels;
    final SortedDocValues headings;
    final LawLevel[] levelByOrd;

    LeafValues(LeafReaderContext context) throws IOException {
      this.context = context;
      LeafReader leaf = context.reader();
      this.versionIds = leaf.getSortedDocValues(IndexFields.VERSION_ID);
      this.levels = leaf.getSortedDocValues(IndexFields.LEVEL);
      this.headings = leaf.getSortedDocValues(IndexFields.HEADING);
      if (versionIds == null || levels == null) {
        throw new IllegalStateException("the index lacks the doc values of its schema; rebuild it");
      }
      this.levelByOrd = new LawLevel[levels.getValueCount()];
    }

    Candidate candidate(CandidateReader reader, int doc) throws IOException {
      int local = doc - context.docBase;
      if (!versionIds.advanceExact(local) || !levels.advanceExact(local)) {
        throw new IllegalStateException("document " + doc + " lacks its doc values");
      }
      String versionId = versionIds.lookupOrd(versionIds.ordValue()).utf8ToString();
      int levelOrd = levels.ordValue();
      LawLevel level = levelByOrd[levelOrd];
      if (level == null) {
        level = LawLevel.valueOf(levels.lookupOrd(levelOrd).utf8ToString());
        levelByOrd[levelOrd] = level;
      }
      String heading = "";
      if (headings != null && headings.advanceExact(local)) {
        int ord = headings.ordValue();
        long key = ((long) context.ord << 32) | ord;
        heading = reader.headings.get(key);
        if (heading == null) {
          heading = headings.lookupOrd(ord).utf8ToString();
          reader.headings.put(key, heading);
        }
      }
      return new LuceneCandidate(reader, doc, versionId, level, heading);
    }
  }

  /** A candidate of a held generation; its hit is read from the stored fields when asked. */
  private record LuceneCandidate(
      CandidateReader reader, int doc, String versionId, LawLevel level, String heading)
      implements Candidate {

    @Override
    public String docId() {
      return ArticleDocumentGenerator.docId(versionId);
    }

    @Override
    public String law() {
      return ArticleDocumentGenerator.law(versionId);
    }

    @Override
    public SearchHit hit(double score) {
      return reader.hit(doc, score);
    }
  }
}
