package org.zhuiguang.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawVersion;
import org.zhuiguang.corpus.collection.LawRefBookCollection;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.bench.EncoderBenchmark;
import org.zhuiguang.indexer.bench.LatencyBenchmark;
import org.zhuiguang.indexer.bench.Resources;
import org.zhuiguang.indexer.embed.LazyEncoder;
import org.zhuiguang.indexer.embed.QueryCachingEncoder;
import org.zhuiguang.indexer.embed.TextEncoder;
import org.zhuiguang.indexer.index.ArticleDocumentGenerator;
import org.zhuiguang.indexer.index.ArticleRecord;
import org.zhuiguang.indexer.index.BuildResult;
import org.zhuiguang.indexer.index.CorpusRecords;
import org.zhuiguang.indexer.index.IndexBuilder;
import org.zhuiguang.indexer.index.IndexCounters;
import org.zhuiguang.indexer.index.IndexGenerations;
import org.zhuiguang.indexer.rank.RerankingSearcher;
import org.zhuiguang.indexer.search.LuceneStatuteSearcher;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.SearcherConfig;
import org.zhuiguang.indexer.search.StatuteSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zg index bench}: the figures of docs/benchmarks.md. Builds into the given index folder
 * (unless {@code --skip-build}), times a one-law update, and measures query latency per mode with
 * one and with several concurrent clients, then index size, heap and RSS. Prints a Markdown table.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks the index: build and one-law update times, query latency per mode (1 and N"
            + " clients), index size, heap and RSS. Prints Markdown.")
final class IndexBenchCommand implements Runnable {

  @Spec CommandSpec spec;
  @Mixin CorpusOption corpusOption;
  @Mixin IndexOption indexOption;

  @Option(names = "--queries", paramLabel = "FILE", description = "JSON Lines with \"question\"")
  Path queries;

  @Option(names = "--clients", paramLabel = "N", description = "concurrent clients (default: 8)")
  int clients = 8;

  @Option(names = "--vectors", description = "build with vectors too")
  boolean vectors;

  @Option(names = "--skip-build", description = "measure the index as it is")
  boolean skipBuild;

  @Option(
      names = "--latency-only",
      description = "only query latency, reading the index as it is (writes nothing)")
  boolean latencyOnly;

  @Option(
      names = "--encoder-sample",
      paramLabel = "N",
      description =
          "only embedding throughput: N distinct article texts sampled with a fixed seed, embedded"
              + " as a build does, with the projected CPU time of a full build's embedding")
  int encoderSample;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path corpusDir = corpusOption.corpus();
    Path indexDir = indexOption.index();
    Path queryFile =
        queries != null
            ? queries
            : Paths.home().resolve("../shared/eval/stard-dev.jsonl").normalize();
    if (clients <= 0) {
      throw new UsageException("--clients must be positive: " + clients);
    }
    Settings.of("index bench")
        .with("corpus", corpusDir)
        .with("index", indexDir)
        .with("queries", queryFile)
        .with("clients", clients)
        .with("vectors", vectors)
        .with("skip_build", skipBuild)
        .with("latency_only", latencyOnly)
        .with("encoder_sample", encoderSample)
        .with("cores", Runtime.getRuntime().availableProcessors())
        .log(err);
    // the model alone: every query is embedded (the query cache is measured separately below)
    try (TextEncoder encoder = LazyEncoder.bgeUncached()) {
      if (encoderSample > 0) {
        encoderThroughput(out, encoder, LawRefBookCollection.read(corpusDir).corpus());
        return;
      }
      List<String> questions = questions(queryFile);
      if (latencyOnly) {
        latency(out, encoder, indexDir, questions);
        return;
      }
      Corpus corpus = LawRefBookCollection.read(corpusDir).corpus();
      int cores = Runtime.getRuntime().availableProcessors();
      IndexBuilder builder =
          new IndexBuilder(
              indexDir, new StatuteAnalyzer(), Optional.of(encoder), new ProgressBar(err), cores);
      out.println("| figure | value | process CPU |");
      out.println("|---|---|---|");
      lastCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
      if (!skipBuild) {
        BuildResult bm25 = builder.build(corpus, false);
        row(out, "full build, BM25 only", seconds(bm25.elapsed()) + ", " + rate(bm25));
        if (vectors) {
          BuildResult full = builder.build(corpus, true);
          row(out, "full build with vectors", seconds(full.elapsed()) + ", " + rate(full));
          row(
              out,
              "texts embedded / reused",
              full.counters().embedded() + " / " + full.counters().embeddingsReused());
          full.bm25Ready().ifPresent(d -> row(out, "BM25 searchable after", seconds(d)));
        }
      }
      boolean withVectors =
          IndexGenerations.manifest(new IndexGenerations(indexDir).current().orElseThrow())
              .vectorsMatch(encoder.modelName(), encoder.dimension());
      if (withVectors) {
        encoder.encodeQuery("预热"); // load the model first: a running service has it loaded
      }
      Law law = oneLaw(corpus);
      BuildResult changed = builder.update(withChangedArticle(corpus, law), withVectors);
      row(
          out,
          "one-law update (" + law.title() + ", " + law.inForce().articles().size() + " articles)",
          seconds(changed.elapsed()) + ", embedded " + changed.counters().embedded());
      BuildResult back = builder.update(corpus, withVectors);
      row(out, "one-law update back", seconds(back.elapsed()));
      Path current = new IndexGenerations(indexDir).current().orElseThrow();
      row(out, "index size (generation)", Resources.mib(Resources.folderBytes(current)));
      row(
          out,
          "embedding cache",
          Resources.mib(Resources.folderBytes(indexDir.resolve(IndexBuilder.EMBEDDINGS))));
      latency(out, encoder, indexDir, questions);
    } catch (IOException e) {
      throw new IllegalStateException("benchmark failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    }
  }

  /**
   * Latency per mode with 1 and N clients. First with every cache off (each query embedded, each
   * hit read from the stored fields): bm25, dense, hybrid (RRF) and the product's re-ranked hybrid.
   * Then the re-ranked hybrid with the searcher's hit cache, warmed by the first half of the
   * questions and measured on the unseen second half; then with the query-embedding cache too, on
   * questions all asked before (only repeated questions gain from it).
   */
  private void latency(PrintWriter out, TextEncoder encoder, Path indexDir, List<String> questions)
      throws IOException, InterruptedException {
    out.println();
    out.println(LatencyBenchmark.Latency.header());
    SearcherConfig cold = SearcherConfig.of(Optional.of(encoder)).withHitCache(0);
    try (LuceneStatuteSearcher searcher = LuceneStatuteSearcher.open(indexDir, cold)) {
      for (SearchMode mode : SearchMode.values()) {
        if (!searcher.availableModes().contains(mode)) {
          continue;
        }
        for (int n : new int[] {1, clients}) {
          print(out, LatencyBenchmark.run(searcher, questions, mode, n, 10));
        }
      }
      if (searcher.availableModes().contains(SearchMode.HYBRID)) {
        StatuteSearcher ranked = RerankingSearcher.over(searcher);
        for (int n : new int[] {1, clients}) {
          print(
              out,
              LatencyBenchmark.run(
                  "hybrid re-ranked", ranked, questions, SearchMode.HYBRID, n, 10, 50));
        }
      }
    }
    SearcherConfig warm = SearcherConfig.of(Optional.of(encoder));
    try (LuceneStatuteSearcher searcher = LuceneStatuteSearcher.open(indexDir, warm)) {
      if (searcher.availableModes().contains(SearchMode.HYBRID)) {
        StatuteSearcher ranked = RerankingSearcher.over(searcher);
        int half = questions.size() / 2;
        List<String> seen = questions.subList(0, half);
        List<String> unseen = questions.subList(half, questions.size());
        for (String q : seen) {
          ranked.search(SearchRequest.of(q, 10, SearchMode.HYBRID));
        }
        for (int n : new int[] {1, clients}) {
          print(
              out,
              LatencyBenchmark.run(
                  "hybrid re-ranked, hit cache (warmed by the other half)",
                  ranked,
                  unseen,
                  SearchMode.HYBRID,
                  n,
                  10,
                  0));
        }
      }
    }
    QueryCachingEncoder caching =
        new QueryCachingEncoder(new SharedEncoder(encoder), QueryCachingEncoder.DEFAULT_CAPACITY);
    try (LuceneStatuteSearcher searcher =
        LuceneStatuteSearcher.open(indexDir, SearcherConfig.of(Optional.of(caching)))) {
      if (searcher.availableModes().contains(SearchMode.HYBRID)) {
        StatuteSearcher ranked = RerankingSearcher.over(searcher);
        for (String q : questions) {
          ranked.search(SearchRequest.of(q, 10, SearchMode.HYBRID));
        }
        for (int n : new int[] {1, clients}) {
          print(
              out,
              LatencyBenchmark.run(
                  "hybrid re-ranked, hit and query caches (every question asked before)",
                  ranked,
                  questions,
                  SearchMode.HYBRID,
                  n,
                  10,
                  0));
        }
      }
    }
    out.println();
    out.printf(Locale.ROOT, "heap after GC %.0f MiB; %s%n", Resources.heapMib(), Resources.rss());
    out.flush();
  }

  private static void print(PrintWriter out, LatencyBenchmark.Latency latency) {
    out.println(latency.row());
    out.flush();
  }

  /** Embedding throughput on a seeded sample, projected to the whole corpus's distinct texts. */
  private void encoderThroughput(PrintWriter out, TextEncoder encoder, Corpus corpus) {
    Set<String> distinct = new LinkedHashSet<>();
    for (Law law : corpus.laws()) {
      for (ArticleRecord record : CorpusRecords.of(law, new IndexCounters())) {
        distinct.add(ArticleDocumentGenerator.embeddingText(record));
      }
    }
    long totalChars = distinct.stream().mapToLong(String::length).sum();
    List<String> sample = EncoderBenchmark.sample(new ArrayList<>(distinct), encoderSample, 42);
    EncoderBenchmark.Throughput t = EncoderBenchmark.run(encoder, sample);
    int cores = Runtime.getRuntime().availableProcessors();
    double projected = t.projectedCpuSeconds(totalChars);
    out.println("embedding throughput, " + t.summary());
    out.printf(
        Locale.ROOT,
        "whole corpus: %d distinct texts, %d chars; projected embedding work %.0f CPU s, i.e."
            + " %.1f minutes on %d idle cores (a projection from the sample, not a measurement)%n",
        distinct.size(),
        totalChars,
        projected,
        projected / cores / 60,
        cores);
    out.flush();
  }

  /** An encoder that leaves closing to its owner. */
  private record SharedEncoder(TextEncoder encoder) implements TextEncoder {
    @Override
    public String modelName() {
      return encoder.modelName();
    }

    @Override
    public int dimension() {
      return encoder.dimension();
    }

    @Override
    public List<float[]> encodePassages(List<String> passages) {
      return encoder.encodePassages(passages);
    }

    @Override
    public float[] encodeQuery(String query) {
      return encoder.encodeQuery(query);
    }

    @Override
    public void close() {}
  }

  private static Duration lastCpu = Duration.ZERO;

  /** Prints a row with the process CPU time spent since the previous row. */
  private static void row(PrintWriter out, String name, String value) {
    Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    String spent = seconds(cpu.minus(lastCpu));
    lastCpu = cpu;
    out.println("| " + name + " | " + value + " | " + spent + " |");
    out.flush();
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
  }

  private static String rate(BuildResult r) {
    return String.format(
        Locale.ROOT,
        "%.0f articles/s",
        r.counters().indexed() / Math.max(0.001, r.elapsed().toMillis() / 1000.0));
  }

  private static List<String> questions(Path file) throws IOException {
    List<String> list = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode node = Json.mapper().readTree(line);
        list.add(node.get("question").asText());
      }
    }
    if (list.isEmpty()) {
      throw new UsageException("no questions in " + file);
    }
    return list;
  }

  /** A law of typical size: the 劳动合同法 when present, else the median law. */
  private static Law oneLaw(Corpus corpus) {
    return corpus
        .law("中华人民共和国劳动合同法")
        .orElseGet(
            () -> {
              List<Law> laws = new ArrayList<>(corpus.laws());
              laws.sort(Comparator.comparingInt(l -> l.inForce().articles().size()));
              return laws.get(laws.size() / 2);
            });
  }

  private static Corpus withChangedArticle(Corpus corpus, Law changed) {
    List<Law> laws = new ArrayList<>();
    for (Law law : corpus.laws()) {
      if (!law.title().equals(changed.title())) {
        laws.add(law);
        continue;
      }
      List<LawVersion> versions = new ArrayList<>(law.versions());
      LawVersion v = versions.remove(versions.size() - 1);
      List<Article> articles = new ArrayList<>(v.articles());
      Article first = articles.get(0);
      List<String> paragraphs = new ArrayList<>(first.paragraphs());
      paragraphs.add("（基准测试修改 " + Instant.now() + "）");
      articles.set(0, new Article(first.number(), first.chapterPath(), paragraphs));
      versions.add(
          new LawVersion(
              v.title(),
              v.level(),
              v.region(),
              v.versionDate(),
              v.promulgated(),
              v.effective(),
              v.history(),
              articles,
              v.sources()));
      laws.add(new Law(law.title(), law.level(), law.region(), versions));
    }
    return new Corpus(laws);
  }
}
