package org.zhuiguang.assistant.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.zhuiguang.assistant.answer.StatuteLibrary;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.cite.CitationResolver;
import org.zhuiguang.corpus.collection.LawRefBookCollection;
import org.zhuiguang.indexer.embed.TextEncoder;
import org.zhuiguang.indexer.rank.CitationPrior;
import org.zhuiguang.indexer.rank.RerankingSearcher;
import org.zhuiguang.indexer.search.LuceneStatuteSearcher;
import org.zhuiguang.indexer.search.SearcherConfig;
import org.zhuiguang.indexer.search.SearcherStatus;
import org.zhuiguang.indexer.search.StatuteSearcher;

/**
 * The index folder opened for search together with the corpus it was built from. The searcher
 * follows the index's generation pointer on its own; {@link #reloadCorpus()} renews the catalog
 * after a re-index changed the corpus. Each {@link #get()} is one consistent snapshot.
 */
public final class IndexedLibrary implements Supplier<StatuteLibrary>, AutoCloseable {

  private final Path corpusDir;
  private final LuceneStatuteSearcher searcher;
  private volatile Snapshot snapshot;

  private record Snapshot(Corpus corpus, StatuteLibrary library) {}

  private IndexedLibrary(Path corpusDir, LuceneStatuteSearcher searcher, Corpus corpus) {
    this.corpusDir = corpusDir;
    this.searcher = searcher;
    this.snapshot = snapshot(searcher, corpus);
  }

  /**
   * Opens an index built from a corpus folder.
   *
   * @param encoder the query encoder for dense and hybrid search; empty for BM25 only
   */
  public static IndexedLibrary open(Path indexDir, Path corpusDir, Optional<TextEncoder> encoder)
      throws IOException {
    Corpus corpus = LawRefBookCollection.read(corpusDir).corpus();
    LuceneStatuteSearcher searcher =
        LuceneStatuteSearcher.open(indexDir, SearcherConfig.of(encoder));
    return new IndexedLibrary(corpusDir, searcher, corpus);
  }

  private static Snapshot snapshot(LuceneStatuteSearcher searcher, Corpus corpus) {
    CitationResolver resolver = new CitationResolver(corpus);
    StatuteSearcher ranked = RerankingSearcher.over(searcher, CitationPrior.of(corpus));
    return new Snapshot(corpus, new StatuteLibrary(ranked, corpus, resolver::find));
  }

  @Override
  public StatuteLibrary get() {
    return snapshot.library();
  }

  public Corpus corpus() {
    return snapshot.corpus();
  }

  public Path corpusDir() {
    return corpusDir;
  }

  public LuceneStatuteSearcher searcher() {
    return searcher;
  }

  public SearcherStatus status() {
    return searcher.status();
  }

  /** Re-reads the corpus folder and switches the catalog to it; the searcher is refreshed too. */
  public synchronized Corpus reloadCorpus() throws IOException {
    Corpus corpus = LawRefBookCollection.read(corpusDir).corpus();
    searcher.refresh();
    this.snapshot = snapshot(searcher, Objects.requireNonNull(corpus));
    return corpus;
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
