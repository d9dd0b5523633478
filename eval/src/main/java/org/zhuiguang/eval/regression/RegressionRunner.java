package org.zhuiguang.eval.regression;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.eval.gold.CitationLookup;
import org.zhuiguang.eval.gold.GoldResolver;
import org.zhuiguang.eval.gold.QueryGold;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.report.EvalReport;
import org.zhuiguang.eval.report.ReportWriter;
import org.zhuiguang.eval.retrieval.RetrievalEvaluation;

/**
 * Runs a regression file: reads the corpus, slices it when asked, indexes it into a temporary
 * folder, runs the questions, and checks every expected index statistic and metric, printing {@code
 * [OK]} or {@code [FAIL]} for each.
 */
public final class RegressionRunner {

  /** What a regression run found. */
  public record Outcome(
      RegressionSpec spec,
      List<RegressionCheck> checks,
      Map<String, Long> statistics,
      RetrievalEvaluation.Result result,
      Duration elapsed) {

    public boolean passed() {
      return !checks.isEmpty() && checks.stream().allMatch(RegressionCheck::ok);
    }

    public long failures() {
      return checks.stream().filter(c -> !c.ok()).count();
    }

    /** The measured figures as the file's {@code expected:} block, to paste after a change. */
    public String expectedYaml() {
      StringBuilder y = new StringBuilder("expected:\n  index:\n");
      statistics.forEach((n, v) -> y.append(String.format(Locale.ROOT, "    %s: %d%n", n, v)));
      y.append("  metrics:\n");
      result
          .report()
          .metrics()
          .forEach(
              (n, v) ->
                  y.append(
                      String.format(
                          Locale.ROOT,
                          "    %s: %s%n",
                          n,
                          n.equals("unresolved_gold")
                              ? String.valueOf(Math.round(v))
                              : String.format(Locale.ROOT, "%.4f", EvalReport.round4(v)))));
      return y.toString();
    }
  }

  private final Function<Path, Corpus> corpusReader;
  private final Function<Corpus, CitationLookup> lookupFactory;
  private final SearchBackend backend;

  /**
   * @param corpusReader parses a corpus folder
   * @param lookupFactory the citation lookup over a corpus, for gold resolution
   * @param backend indexes and opens a searcher
   */
  public RegressionRunner(
      Function<Path, Corpus> corpusReader,
      Function<Corpus, CitationLookup> lookupFactory,
      SearchBackend backend) {
    this.corpusReader = corpusReader;
    this.lookupFactory = lookupFactory;
    this.backend = backend;
  }

  /**
   * Runs a regression.
   *
   * @param shared the shared data folder the spec's paths are relative to
   * @param out where to write report.json, report.md and run.trec; empty for nowhere
   * @param log progress and the [OK]/[FAIL] lines
   */
  public Outcome run(RegressionSpec spec, Path shared, Optional<Path> out, PrintWriter log)
      throws IOException {
    Instant start = Instant.now();
    List<EvalQuery> queries = EvalQuery.read(shared.resolve(spec.queries()));
    if (spec.first().isPresent()) {
      queries = queries.subList(0, Math.min(spec.first().getAsInt(), queries.size()));
    }
    Corpus full = corpusReader.apply(shared.resolve(spec.corpus()));
    // Gold resolves against the whole corpus, so a slice cannot hide unresolvable gold.
    Map<String, QueryGold> gold = new GoldResolver(lookupFactory.apply(full)).resolveAll(queries);
    Corpus corpus = full;
    if (spec.sliceDistractors().isPresent()) {
      corpus = CorpusSlice.of(full, goldLaws(gold), spec.sliceDistractors().get());
    }
    log.printf(
        Locale.ROOT,
        "regression %s: %d queries, %d laws, mode %s, k %d%n",
        spec.name(),
        queries.size(),
        corpus.laws().size(),
        spec.mode().label(),
        spec.k());
    log.flush();
    Path indexDir = Files.createTempDirectory("zg-regression-");
    RetrievalEvaluation.Result result;
    Map<String, Long> statistics;
    try (SearchBackend.Indexed indexed = backend.index(corpus, indexDir, spec.needsVectors())) {
      statistics = new LinkedHashMap<>(indexed.statistics());
      result =
          new RetrievalEvaluation(indexed.searcher(), spec.mode(), spec.k()).run(queries, gold);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the index: " + e.getMessage(), e);
    } finally {
      deleteTree(indexDir);
    }
    Duration elapsed = Duration.between(start, Instant.now());
    EvalReport report =
        result
            .report()
            .with("mode", spec.mode().label())
            .with("k", spec.k())
            .with("regression", spec.name())
            .with("index", statistics);
    if (out.isPresent()) {
      ReportWriter.write(out.get(), report);
      result.run().write(out.get().resolve("run.trec"));
    }
    List<RegressionCheck> checks = new ArrayList<>();
    spec.expectedIndex()
        .forEach(
            (name, expected) ->
                checks.add(
                    new RegressionCheck(
                        "index." + name,
                        expected,
                        statistics.containsKey(name) ? statistics.get(name) : Double.NaN,
                        0)));
    Map<String, Double> metrics = result.report().metrics();
    spec.expectedMetrics()
        .forEach(
            (name, expected) ->
                checks.add(
                    new RegressionCheck(
                        name,
                        expected,
                        metrics.containsKey(name)
                            ? EvalReport.round4(metrics.get(name))
                            : Double.NaN,
                        spec.tolerance())));
    checks.forEach(c -> log.println(c.line()));
    Outcome outcome = new Outcome(spec, checks, statistics, result, elapsed);
    log.printf(
        Locale.ROOT,
        "%s: %d checks, %d failed, %.1f s%n",
        outcome.passed() ? "PASSED" : "FAILED",
        checks.size(),
        outcome.failures(),
        elapsed.toMillis() / 1000.0);
    log.flush();
    return outcome;
  }

  /** The corpus titles the gold names (resolved or not: an unresolved article's law may exist). */
  static Set<String> goldLaws(Map<String, QueryGold> gold) {
    Set<String> laws = new LinkedHashSet<>();
    gold.values()
        .forEach(g -> g.relevant().forEach(id -> laws.add(id.substring(0, id.indexOf('|')))));
    return laws;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
