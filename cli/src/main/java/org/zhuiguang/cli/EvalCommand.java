package org.zhuiguang.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.plan.PlanJson;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.eval.answers.AnswerEvaluation;
import org.zhuiguang.eval.compare.RunComparison;
import org.zhuiguang.eval.gold.CitationLookup;
import org.zhuiguang.eval.gold.GoldResolver;
import org.zhuiguang.eval.gold.QueryGold;
import org.zhuiguang.eval.gold.ResolverCitationLookup;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.input.MediationCase;
import org.zhuiguang.eval.mediation.MediationEvaluation;
import org.zhuiguang.eval.regression.LuceneSearchBackend;
import org.zhuiguang.eval.regression.RegressionRunner;
import org.zhuiguang.eval.regression.RegressionSpec;
import org.zhuiguang.eval.report.EvalReport;
import org.zhuiguang.eval.report.Latency;
import org.zhuiguang.eval.report.ReportWriter;
import org.zhuiguang.eval.retrieval.RetrievalEvaluation;
import org.zhuiguang.eval.retrieval.RetrievalMetrics;
import org.zhuiguang.eval.retrieval.TrecRun;
import org.zhuiguang.indexer.index.IndexGenerations;
import org.zhuiguang.indexer.rank.CitationPrior;
import org.zhuiguang.indexer.rank.RerankingSearcher;
import org.zhuiguang.indexer.search.LuceneStatuteSearcher;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearcherConfig;
import org.zhuiguang.indexer.search.StatuteSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zg eval}: scores retrieval runs, answers and mediation plans exactly as the shared scorers
 * do, runs regression files and compares two runs. Reports follow INTERFACES.md.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluates retrieval, answers and mediation plans; runs regressions.",
    subcommands = {
      EvalCommand.Retrieval.class,
      EvalCommand.Answers.class,
      EvalCommand.Mediation.class,
      EvalCommand.Regression.class,
      EvalCommand.Compare.class
    })
public final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "a subcommand is required: retrieval, answers, mediation, regression or compare");
  }

  static Path existingFile(Path file, String option) {
    if (file == null) {
      throw new UsageException(option + " FILE is required");
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file for " + option + ": " + file);
    }
    return file.toAbsolutePath().normalize();
  }

  static Path outDir(Path out) {
    if (out == null) {
      throw new UsageException("--out DIR is required");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out is a file, not a folder: " + out);
    }
    return out.toAbsolutePath().normalize();
  }

  static Corpus readCorpus(Path dir) {
    return CorpusOption.readCorpus(dir);
  }

  /** Writes report.json, report.md and the per-query JSON Lines file, then prints a summary. */
  static void writeReport(
      PrintWriter out,
      Path dir,
      EvalReport report,
      String perQueryFile,
      List<? extends JsonNode> perQuery) {
    try {
      ReportWriter.write(dir, report);
      EvalJson.writeLines(dir.resolve(perQueryFile), perQuery);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the report: " + e.getMessage(), e);
    }
    summary(out, report, dir, perQueryFile);
  }

  static <T> T input(IoSupplier<T> read, Path file) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads an input. */
  @FunctionalInterface
  interface IoSupplier<T> {
    T get() throws IOException;
  }

  static void summary(PrintWriter out, EvalReport report, Path dir, String perQueryFile) {
    out.printf(Locale.ROOT, "%s: %d queries evaluated%n", report.kind().label(), report.queries());
    report
        .metrics()
        .forEach(
            (name, value) ->
                out.printf(
                    Locale.ROOT,
                    "  %-22s %s%n",
                    name,
                    name.equals("unresolved_gold") || name.equals("answered")
                        ? String.valueOf(Math.round(value))
                        : String.format(Locale.ROOT, "%.4f", EvalReport.round4(value))));
    if (report.latency().measured()) {
      out.printf(
          Locale.ROOT,
          "  latency ms p50 %.2f p95 %.2f p99 %.2f%n",
          report.latency().p50(),
          report.latency().p95(),
          report.latency().p99());
    }
    out.printf(
        Locale.ROOT,
        "wrote %s, %s and %s%n",
        dir.resolve(ReportWriter.JSON),
        dir.resolve(ReportWriter.MARKDOWN),
        dir.resolve(perQueryFile));
    out.flush();
  }

  /** {@code zg eval retrieval --queries FILE --out DIR [--mode M] [--k 100]}. */
  @Command(
      name = "retrieval",
      mixinStandardHelpOptions = true,
      description =
          "Runs every question through the index and writes report.json, report.md and run.trec"
              + " (recall@1/5/10/20/100, mrr@10, ndcg@10, unresolved_gold, latency).")
  static final class Retrieval implements Runnable {

    @Spec CommandSpec spec;
    @Mixin CorpusOption corpusOption;
    @Mixin IndexOption indexOption;

    @Option(names = "--queries", paramLabel = "FILE", description = "questions with gold (JSONL)")
    Path queries;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the report and run")
    Path out;

    @Option(
        names = "--mode",
        paramLabel = "M",
        description =
            "bm25, dense or hybrid (default: hybrid, the best measured; bm25 when the index has"
                + " no complete vectors)")
    String mode;

    @Option(names = "--k", paramLabel = "N", description = "articles per question (default: 100)")
    int k = 100;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "only the first N questions of the file (default: all)")
    Integer limit;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path queriesFile = existingFile(queries, "--queries");
      Path dir = outDir(this.out);
      if (k <= 0 || k > 1000) {
        throw new UsageException("--k must be between 1 and 1000: " + k);
      }
      if (limit != null && limit <= 0) {
        throw new UsageException("--limit must be positive: " + limit);
      }
      boolean modeGiven = mode != null;
      SearchMode requested;
      try {
        requested = modeGiven ? SearchMode.fromLabel(mode) : SearchMode.HYBRID;
      } catch (IllegalArgumentException e) {
        throw new UsageException("--mode must be bm25, dense or hybrid: " + mode);
      }
      Path corpusDir = corpusOption.corpus();
      Path indexDir = indexOption.index();
      Settings.of("eval retrieval")
          .with("queries", queriesFile)
          .with("out", dir)
          .with("mode", requested.label() + (modeGiven ? "" : " (default)"))
          .with("k", k)
          .with("limit", limit == null ? "all" : limit)
          .with("index", indexDir)
          .with("corpus", corpusDir)
          .log(err);
      List<EvalQuery> all = input(() -> EvalQuery.read(queriesFile), queriesFile);
      List<EvalQuery> selected = limit == null ? all : all.subList(0, Math.min(limit, all.size()));
      if (new IndexGenerations(indexDir).current().isEmpty()) {
        throw new IllegalStateException("no index at " + indexDir + "; run ./zg index build first");
      }
      Corpus corpus = readCorpus(corpusDir);
      Map<String, QueryGold> gold =
          new GoldResolver(new ResolverCitationLookup(corpus)).resolveAll(selected);
      SearcherConfig config = SearcherConfig.defaults();
      RetrievalEvaluation.Result result;
      SearchMode searchMode = requested;
      try (LuceneStatuteSearcher searcher = LuceneStatuteSearcher.open(indexDir, config)) {
        SearchMode effective = searcher.effectiveMode(searchMode);
        if (effective != searchMode && !modeGiven) {
          err.println(
              "zg eval retrieval: "
                  + searcher.status().note().orElse("the index has no complete vectors")
                  + "; evaluating "
                  + effective.label());
          err.flush();
          searchMode = effective;
        } else if (effective != searchMode) {
          throw new IllegalStateException(
              searchMode.label()
                  + " cannot be evaluated: "
                  + searcher.status().note().orElse("the index has no vectors"));
        }
        StatuteSearcher ranked = RerankingSearcher.over(searcher, CitationPrior.of(corpus));
        result = new RetrievalEvaluation(ranked, searchMode, k).run(selected, gold);
      } catch (IOException e) {
        throw new IllegalStateException("cannot open the index: " + e.getMessage(), e);
      }
      EvalReport report =
          result
              .report()
              .with("mode", searchMode.label())
              .with("k", k)
              .with("queries_file", queriesFile.toString())
              .with("index", indexDir.toString())
              .with("regions", String.join(",", config.defaultRegions()));
      try {
        ReportWriter.write(dir, report);
        result.run().write(dir.resolve("run.trec"));
      } catch (IOException e) {
        throw new IllegalStateException("cannot write the report: " + e.getMessage(), e);
      }
      summary(out, report, dir, "run.trec");
    }
  }

  /** {@code zg eval answers --queries FILE --out DIR [--answers FILE]}. */
  @Command(
      name = "answers",
      mixinStandardHelpOptions = true,
      description =
          "Scores answers (citation_recall, citation_precision, citation_validity, rouge_l_f1) and"
              + " writes report.json, report.md and answers.jsonl.")
  static final class Answers implements Runnable {

    @Spec CommandSpec spec;
    @Mixin CorpusOption corpusOption;

    @Option(names = "--queries", paramLabel = "FILE", description = "questions with gold (JSONL)")
    Path queries;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the report and answers")
    Path out;

    @Mixin IndexOption indexOption;

    @Option(
        names = "--answers",
        paramLabel = "FILE",
        description =
            "score these answers instead (JSONL of {\"id\", \"answer\", \"citations\"?}; citations"
                + " missing are found in the answer's text)")
    Path answers;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path queriesFile = existingFile(queries, "--queries");
      Path dir = outDir(this.out);
      if (answers == null) {
        produce(out, err, queriesFile, dir);
        return;
      }
      Path answersFile = existingFile(answers, "--answers");
      Path corpusDir = corpusOption.corpus();
      Settings.of("eval answers")
          .with("queries", queriesFile)
          .with("out", dir)
          .with("answers", answersFile)
          .with("corpus", corpusDir)
          .log(err);
      List<EvalQuery> qs = input(() -> EvalQuery.read(queriesFile), queriesFile);
      List<JsonNode> given = input(() -> EvalJson.readLines(answersFile), answersFile);
      CitationLookup lookup = new ResolverCitationLookup(readCorpus(corpusDir));
      AnswerEvaluation.Result result = new AnswerEvaluation(lookup).scoreExternal(qs, given);
      EvalReport report =
          result
              .report()
              .with("queries_file", queriesFile.toString())
              .with("answers_file", answersFile.toString());
      writeReport(out, dir, report, AnswerEvaluation.ANSWERS_FILE, result.answers());
    }

    /** Answers every question with the assistant (grounded mode) and scores the answers. */
    private void produce(PrintWriter out, PrintWriter err, Path queriesFile, Path dir) {
      Path corpusDir = corpusOption.corpus();
      Path indexDir = indexOption.index();
      Settings.of("eval answers")
          .with("queries", queriesFile)
          .with("out", dir)
          .with("producer", "assistant (grounded)")
          .with("corpus", corpusDir)
          .with("index", indexDir)
          .log(err);
      List<EvalQuery> qs = input(() -> EvalQuery.read(queriesFile), queriesFile);
      Corpus corpus = readCorpus(corpusDir);
      AnswerEvaluation.Result result;
      try (AskCommand.Grounded assistant = AskCommand.grounded(indexDir, corpusDir)) {
        result =
            new AnswerEvaluation(new ResolverCitationLookup(corpus))
                .run(qs, q -> assistant.json(q.question()));
      }
      EvalReport report = result.report().with("queries_file", queriesFile.toString());
      writeReport(out, dir, report, AnswerEvaluation.ANSWERS_FILE, result.answers());
    }
  }

  /** {@code zg eval mediation --cases FILE --out DIR [--plans FILE]}. */
  @Command(
      name = "mediation",
      mixinStandardHelpOptions = true,
      description =
          "Scores mediation plans (type, risk, escalation, articles, departments, validity,"
              + " completeness) and writes report.json, report.md and plans.jsonl.")
  static final class Mediation implements Runnable {

    @Spec CommandSpec spec;
    @Mixin CorpusOption corpusOption;

    @Option(names = "--cases", paramLabel = "FILE", description = "mediation cases (JSONL)")
    Path cases;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the report and plans")
    Path out;

    @Option(
        names = "--plans",
        paramLabel = "FILE",
        description =
            "score these plans (JSONL of plan --json objects with the case's \"id\") instead of"
                + " producing them")
    Path plans;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path casesFile = existingFile(cases, "--cases");
      Path dir = outDir(this.out);
      Path plansFile = plans == null ? null : existingFile(plans, "--plans");
      Path corpusDir = corpusOption.corpus();
      Settings.of("eval mediation")
          .with("cases", casesFile)
          .with("out", dir)
          .with("plans", plansFile == null ? "produced by the assistant (grounded)" : plansFile)
          .with("corpus", corpusDir)
          .log(err);
      List<MediationCase> cs = input(() -> MediationCase.read(casesFile), casesFile);
      Corpus corpus = readCorpus(corpusDir);
      MediationEvaluation evaluation = new MediationEvaluation(new ResolverCitationLookup(corpus));
      MediationEvaluation.Result result;
      EvalReport report;
      if (plansFile == null) {
        PlanBuilder builder = PlanBuilder.withDefaults(corpus);
        result = evaluation.run(cs, c -> PlanJson.toJson(builder.build(c.narrative())));
        report = result.report().with("cases_file", casesFile.toString());
      } else {
        List<JsonNode> given = input(() -> EvalJson.readLines(plansFile), plansFile);
        result = evaluation.scoreExisting(cs, given);
        report =
            result
                .report()
                .with("cases_file", casesFile.toString())
                .with("plans_file", plansFile.toString());
      }
      writeReport(out, dir, report, MediationEvaluation.PLANS_FILE, result.plans());
    }
  }

  /** {@code zg eval regression FILE}. */
  @Command(
      name = "regression",
      mixinStandardHelpOptions = true,
      description =
          "Runs a regression file (eval/regressions/*.yaml): indexes its corpus or slice into a"
              + " temporary folder, runs its questions, prints [OK] or [FAIL] per expected figure;"
              + " exit 1 on any [FAIL].")
  static final class Regression implements Runnable {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the regression's YAML file")
    Path file;

    @Option(
        names = "--shared",
        paramLabel = "DIR",
        description =
            "the shared data folder the file's paths are relative to (default: ../shared)")
    Path shared;

    @Option(names = "--out", paramLabel = "DIR", description = "also write report and run here")
    Path out;

    @Option(
        names = "--print-expected",
        description = "print the measured figures as the file's expected: block")
    boolean printExpected;

    @Option(names = "--threads", paramLabel = "N", description = "indexing threads (default: 4)")
    int threads = 4;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path specFile = existingFile(file, "FILE");
      Path sharedDir =
          (shared != null ? shared : Paths.home().resolve("../shared"))
              .toAbsolutePath()
              .normalize();
      if (!Files.isDirectory(sharedDir)) {
        throw new UsageException("the shared data folder does not exist: " + sharedDir);
      }
      RegressionSpec regression = input(() -> RegressionSpec.read(specFile), specFile);
      Settings.of("eval regression")
          .with("file", specFile)
          .with("shared", sharedDir)
          .with("out", this.out == null ? "none" : this.out)
          .with("threads", threads)
          .log(err);
      RegressionRunner runner =
          new RegressionRunner(
              EvalCommand::readCorpus,
              ResolverCitationLookup::new,
              new LuceneSearchBackend(threads));
      RegressionRunner.Outcome outcome;
      try {
        outcome =
            runner.run(
                regression,
                sharedDir,
                Optional.ofNullable(this.out).map(p -> p.toAbsolutePath().normalize()),
                out);
      } catch (IOException e) {
        throw new IllegalStateException("the regression could not run: " + e.getMessage(), e);
      }
      if (printExpected) {
        out.print(outcome.expectedYaml());
        out.flush();
      }
      if (!outcome.passed()) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "regression %s failed: %d of %d checks",
                regression.name(),
                outcome.failures(),
                outcome.checks().size()));
      }
    }
  }

  /** {@code zg eval compare BASE NEW --queries FILE}. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description =
          "Compares two retrieval runs query by query: per-metric wins, losses, ties and the"
              + " biggest movers, as Markdown (and JSON with --out).")
  static final class Compare implements Runnable {

    @Spec CommandSpec spec;
    @Mixin CorpusOption corpusOption;

    @Parameters(index = "0", paramLabel = "BASE", description = "base run.trec, or its folder")
    Path base;

    @Parameters(index = "1", paramLabel = "NEW", description = "new run.trec, or its folder")
    Path changed;

    @Option(names = "--queries", paramLabel = "FILE", description = "questions with gold (JSONL)")
    Path queries;

    @Option(names = "--out", paramLabel = "DIR", description = "write compare.md and compare.json")
    Path out;

    @Option(names = "--movers", paramLabel = "N", description = "movers listed (default: 10)")
    int movers = 10;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path baseRun = runFile(base, "BASE");
      Path newRun = runFile(changed, "NEW");
      Path queriesFile = existingFile(queries, "--queries");
      Path corpusDir = corpusOption.corpus();
      Settings.of("eval compare")
          .with("base", baseRun)
          .with("new", newRun)
          .with("queries", queriesFile)
          .with("corpus", corpusDir)
          .log(err);
      List<EvalQuery> qs = input(() -> EvalQuery.read(queriesFile), queriesFile);
      TrecRun a = input(() -> TrecRun.read(baseRun), baseRun);
      TrecRun b = input(() -> TrecRun.read(newRun), newRun);
      Map<String, QueryGold> gold =
          new GoldResolver(new ResolverCitationLookup(readCorpus(corpusDir))).resolveAll(qs);
      List<String> metrics = new ArrayList<>(RetrievalMetrics.NAMES);
      RunComparison comparison =
          RunComparison.of(
              baseRun.toString(),
              RetrievalEvaluation.score(a, gold, Latency.notMeasured()).perQuery(),
              newRun.toString(),
              RetrievalEvaluation.score(b, gold, Latency.notMeasured()).perQuery(),
              metrics);
      String md = comparison.markdown(movers);
      out.print(md);
      out.flush();
      if (this.out != null) {
        Path dir = outDir(this.out);
        try {
          Files.createDirectories(dir);
          Files.writeString(dir.resolve("compare.md"), md, StandardCharsets.UTF_8);
          EvalJson.writePretty(dir.resolve("compare.json"), comparison.toJson(movers));
        } catch (IOException e) {
          throw new IllegalStateException("cannot write the comparison: " + e.getMessage(), e);
        }
      }
    }

    private static Path runFile(Path given, String label) {
      if (given == null) {
        throw new UsageException(label + " run is required");
      }
      Path file = Files.isDirectory(given) ? given.resolve("run.trec") : given;
      return existingFile(file, label);
    }
  }
}
