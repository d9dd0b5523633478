package org.zhuiguang.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes one generation: adds the documents of many laws on every core, deletes retired laws, and
 * commits exactly once with the manifest (after {@code laws.tsv} is on disk). Closing without
 * committing leaves a folder without a commit, which is never served and is removed later.
 */
final class GenerationWriter implements Closeable {

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final int threads;

  private GenerationWriter(Path folder, Analyzer analyzer, int threads, boolean append)
      throws IOException {
    this.folder = folder;
    this.threads = threads;
    this.directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(
        append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    config.setCommitOnClose(false);
    config.setRAMBufferSizeMB(256);
    this.writer = new IndexWriter(directory, config);
  }

  /** A writer of a new, empty generation. */
  static GenerationWriter create(Path folder, Analyzer analyzer, int threads) throws IOException {
    return new GenerationWriter(folder, analyzer, threads, false);
  }

  /**
   * A writer of a new generation that starts as a copy of another: the files of the other's latest
   * commit are hard-linked (Lucene never rewrites a file), else copied.
   */
  static GenerationWriter copyOf(Path source, Path folder, Analyzer analyzer, int threads)
      throws IOException {
    try (Directory dir = FSDirectory.open(source)) {
      for (String file : SegmentInfos.readLatestCommit(dir).files(true)) {
        Path from = source.resolve(file);
        Path to = folder.resolve(file);
        try {
          Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(from, to);
        }
      }
    }
    return new GenerationWriter(folder, analyzer, threads, true);
  }

  /** Adds the records of each law, laws spread over the worker threads. */
  void addAll(
      List<List<ArticleRecord>> laws,
      Function<ArticleRecord, Optional<float[]>> vectors,
      IndexCounters counters,
      ProgressListener progress)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (List<ArticleRecord> law : laws) {
        futures.add(
            pool.submit(
                () -> {
                  List<Document> docs = new ArrayList<>(law.size());
                  for (ArticleRecord record : law) {
                    docs.add(ArticleDocumentGenerator.document(record, vectors.apply(record)));
                  }
                  writer.addDocuments(docs);
                  for (ArticleRecord record : law) {
                    counters.indexed(record.inForce());
                  }
                  progress.advance(law.size());
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("indexing failed: " + e.getCause().getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Deletes every document of a law. */
  void deleteLaw(String title) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.LAW, title));
  }

  /**
   * Merges the generation into one segment: a search then walks one HNSW graph and one term
   * dictionary instead of one per indexing thread's segment (measured: filtered kNN at depth 100
   * 3.4 times, BM25 1.3 times less CPU; docs/benchmarks.md). Merging reuses the largest segment's
   * graph, so it costs seconds against the minutes of embedding.
   */
  void forceMerge() throws IOException {
    writer.forceMerge(1);
  }

  /** Writes {@code laws.tsv}, then makes the one commit, carrying the manifest. */
  void commit(IndexManifest manifest, LawHashes laws) throws IOException {
    Path lawsFile = folder.resolve(IndexGenerations.LAWS_FILE);
    Files.deleteIfExists(lawsFile);
    laws.write(lawsFile);
    writer.setLiveCommitData(manifest.toUserData().entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
