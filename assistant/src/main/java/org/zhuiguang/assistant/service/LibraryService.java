package org.zhuiguang.assistant.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.zhuiguang.assistant.answer.StatuteLibrary;
import org.zhuiguang.assistant.config.AssistantConfig;
import org.zhuiguang.assistant.library.IndexJob;
import org.zhuiguang.assistant.library.IndexMaintenance;
import org.zhuiguang.assistant.library.IndexedLibrary;
import org.zhuiguang.assistant.library.QueryEncoders;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.indexer.embed.TextEncoder;
import org.zhuiguang.indexer.index.IndexGenerations;

/**
 * The statutes the service answers from: opens the index at startup (building it first when there
 * is none and {@code zhuiguang.index-on-start} is on) and runs the re-index jobs. Until an index is
 * open, questions get 503.
 */
@ApplicationScoped
public class LibraryService implements Supplier<StatuteLibrary> {

  private static final Logger LOG = Logger.getLogger(LibraryService.class);

  private final Path corpusDir;
  private final Path indexDir;
  private final boolean indexOnStart;
  private final IndexMaintenance maintenance;
  private final Optional<TextEncoder> encoder;
  private volatile IndexedLibrary library;

  /** Told after each switch (drafts whose quoted articles changed are flagged). */
  @Inject Event<CorpusSwitched> switchedEvents;

  public LibraryService(AssistantConfig config) {
    this.corpusDir = Path.of(config.corpus()).toAbsolutePath().normalize();
    this.indexDir = Path.of(config.index()).toAbsolutePath().normalize();
    this.indexOnStart = config.indexOnStart();
    this.encoder = QueryEncoders.of(config.vectors());
    this.maintenance =
        new IndexMaintenance(
            corpusDir,
            indexDir,
            encoder,
            corpus -> {
              switched(corpus);
              switchedEvents.fire(new CorpusSwitched(corpus));
            });
  }

  void onStart(@Observes StartupEvent event) {
    LOG.infof("statutes: corpus=%s index=%s", corpusDir, indexDir);
    if (Files.exists(indexDir.resolve(IndexGenerations.POINTER))) {
      open();
    } else if (indexOnStart) {
      if (!Files.isDirectory(corpusDir)) {
        LOG.errorf("no index and no corpus folder at %s: set ZG_CORPUS", corpusDir);
        return;
      }
      LOG.infof("no index at %s: building it (BM25 first)", indexDir);
      maintenance.build();
    } else {
      LOG.warnf("no index at %s; searches answer 503 until one is built", indexDir);
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    maintenance.close();
    IndexedLibrary l = library;
    if (l != null) {
      try {
        l.close();
      } catch (IOException e) {
        LOG.warn("closing the index failed", e);
      }
    }
  }

  private synchronized void open() {
    try {
      library = IndexedLibrary.open(indexDir, corpusDir, encoder);
      LOG.infof("serving index %s", library.status().manifest().generation());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A job finished indexing this corpus: serve it. */
  private synchronized void switched(Corpus corpus) {
    if (library == null) {
      open();
      return;
    }
    try {
      library.reloadCorpus();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public StatuteLibrary get() {
    return opened().get();
  }

  /** The open library; 503 when there is none yet. */
  public IndexedLibrary opened() {
    IndexedLibrary l = openIfBuilt();
    if (l == null) {
      String why =
          maintenance
              .current()
              .map(
                  j ->
                      String.format(
                          java.util.Locale.ROOT,
                          "the index is being built (%.0f%%): %s",
                          j.progress() * 100,
                          j.message()))
              .orElse("there is no index; ask a maintainer to build it");
      throw new IndexNotReadyException(why);
    }
    return l;
  }

  public Optional<IndexedLibrary> library() {
    return Optional.ofNullable(openIfBuilt());
  }

  /**
   * The library, opened as soon as a first generation is served: a build with vectors serves BM25
   * first and embeds afterwards, and questions are answered from the BM25 generation meanwhile.
   */
  private IndexedLibrary openIfBuilt() {
    IndexedLibrary l = library;
    if (l == null && Files.exists(indexDir.resolve(IndexGenerations.POINTER))) {
      synchronized (this) {
        if (library == null) {
          try {
            open();
          } catch (RuntimeException e) {
            LOG.warnf("the index is not ready yet: %s", e.getMessage());
          }
        }
        l = library;
      }
    }
    return l;
  }

  public IndexMaintenance maintenance() {
    return maintenance;
  }

  public Optional<IndexJob> job(String id) {
    return maintenance.job(id);
  }
}
