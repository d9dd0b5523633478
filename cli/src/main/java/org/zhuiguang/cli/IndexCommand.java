package org.zhuiguang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhuiguang.corpus.collection.CollectionResult;
import org.zhuiguang.corpus.collection.LawRefBookCollection;
import org.zhuiguang.corpus.collection.SkipReason;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.embed.LazyEncoder;
import org.zhuiguang.indexer.embed.TextEncoder;
import org.zhuiguang.indexer.index.BuildResult;
import org.zhuiguang.indexer.index.IndexBuilder;
import org.zhuiguang.indexer.index.IndexManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zg index build|update}: builds the statute index or brings it in line with the corpus. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Builds and updates the statute index.",
    subcommands = {IndexCommand.Build.class, IndexCommand.Update.class, IndexBenchCommand.class})
public final class IndexCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: build or update");
  }

  /** Options and work shared by build and update. */
  abstract static class Job implements Runnable {

    @Spec CommandSpec spec;
    @Mixin CorpusOption corpusOption;
    @Mixin IndexOption indexOption;

    @Option(names = "--no-vectors", description = "BM25 only: skip the embeddings")
    boolean noVectors;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "indexing threads (default: every core)")
    int threads = Runtime.getRuntime().availableProcessors();

    abstract String name();

    abstract BuildResult apply(IndexBuilder builder, CollectionResult corpus) throws IOException;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (threads <= 0) {
        throw new UsageException("--threads must be positive: " + threads);
      }
      Path corpusDir = corpusOption.corpus();
      Path indexDir = indexOption.index();
      StatuteAnalyzer analyzer = new StatuteAnalyzer();
      Settings.of("index " + name())
          .with("corpus", corpusDir)
          .with("index", indexDir)
          .with("vectors", !noVectors)
          .with("analyzer", analyzer.label())
          .with("threads", threads)
          .log(err);
      CollectionResult collection;
      try {
        collection = LawRefBookCollection.read(corpusDir);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the corpus: " + e.getMessage(), e);
      }
      Optional<TextEncoder> encoder = noVectors ? Optional.empty() : Optional.of(LazyEncoder.bge());
      try {
        IndexBuilder builder =
            new IndexBuilder(indexDir, analyzer, encoder, new ProgressBar(err), threads);
        BuildResult result = apply(builder, collection);
        result
            .bm25Ready()
            .ifPresent(
                d ->
                    err.printf(
                        Locale.ROOT, "BM25 searchable after %.1f s%n", d.toMillis() / 1000.0));
        print(out, result, collection);
      } catch (IOException e) {
        throw new IllegalStateException("cannot write the index: " + e.getMessage(), e);
      } finally {
        encoder.ifPresent(TextEncoder::close);
      }
    }

    private static void print(PrintWriter out, BuildResult result, CollectionResult collection) {
      IndexManifest m = result.manifest();
      out.print(result.counters().table(result.elapsed()));
      for (Map.Entry<SkipReason, Integer> e : collection.report().skipped().entrySet()) {
        out.printf(Locale.ROOT, "%-28s %12d%n", "files_skipped_" + e.getKey().key(), e.getValue());
      }
      out.printf(
          Locale.ROOT,
          "%s %s: %d laws, %d documents (%d in force), vectors %s%s%n",
          result.changed() ? "serving" : "unchanged, serving",
          m.generation(),
          m.laws(),
          m.documents(),
          m.articlesInForce(),
          m.vectors().key(),
          m.vectors() == IndexManifest.Vectors.COMPLETE ? " (" + m.embeddingModel() + ")" : "");
      out.flush();
    }
  }

  /** {@code zg index build [--no-vectors]}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description =
          "Builds the index from scratch into a new generation: BM25 first (searchable at once),"
              + " then vectors unless --no-vectors.")
  static final class Build extends Job {
    @Override
    String name() {
      return "build";
    }

    @Override
    BuildResult apply(IndexBuilder builder, CollectionResult corpus) throws IOException {
      return builder.build(corpus.corpus(), !noVectors);
    }
  }

  /** {@code zg index update}. */
  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description =
          "Brings an existing index in line with the corpus: adds, replaces and retires only the"
              + " laws that changed, embedding only those.")
  static final class Update extends Job {
    @Override
    String name() {
      return "update";
    }

    @Override
    BuildResult apply(IndexBuilder builder, CollectionResult corpus) throws IOException {
      return builder.update(corpus.corpus(), !noVectors);
    }
  }
}
