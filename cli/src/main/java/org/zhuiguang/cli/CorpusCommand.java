package org.zhuiguang.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.collection.CollectionResult;
import org.zhuiguang.corpus.collection.SkipReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zg corpus stats}: parses the corpus and reports what it holds and what it skipped. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Reads the statute corpus.",
    subcommands = {CorpusCommand.Stats.class})
public final class CorpusCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: stats");
  }

  /** {@code zg corpus stats [--json]}. */
  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description =
          "Parses the corpus; prints laws, versions, articles (in the versions in force), by"
              + " level, and every file skipped with its reason.")
  static final class Stats implements Runnable {

    @Spec CommandSpec spec;
    @Mixin CorpusOption corpusOption;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      var corpusDir = corpusOption.corpus();
      Settings.of("corpus stats").with("corpus", corpusDir).with("json", json).log(err);
      CollectionResult result = CorpusOption.read(corpusDir);
      Map<String, Object> stats = statistics(result);
      if (json) {
        out.println(Json.write(stats));
      } else {
        out.print(result.report().table());
        out.printf(
            Locale.ROOT,
            "laws %d, versions %d, articles in force %d%n",
            stats.get("laws"),
            stats.get("versions"),
            stats.get("articles"));
      }
      out.flush();
    }

    static Map<String, Object> statistics(CollectionResult result) {
      Map<LawLevel, int[]> byLevel = new EnumMap<>(LawLevel.class);
      for (Law law : result.corpus().laws()) {
        int[] counts = byLevel.computeIfAbsent(law.level(), l -> new int[3]);
        counts[0]++;
        counts[1] += law.versions().size();
        counts[2] += law.inForce().articles().size();
      }
      Map<String, Integer> lawsByLevel = new LinkedHashMap<>();
      Map<String, Integer> articlesByLevel = new LinkedHashMap<>();
      byLevel.forEach(
          (level, counts) -> {
            lawsByLevel.put(level.label(), counts[0]);
            articlesByLevel.put(level.label(), counts[2]);
          });
      Map<String, Integer> skipped = new LinkedHashMap<>();
      for (Map.Entry<SkipReason, Integer> e : result.report().skipped().entrySet()) {
        skipped.put(e.getKey().key(), e.getValue());
      }
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put("laws", result.corpus().laws().size());
      stats.put("versions", result.corpus().versionCount());
      stats.put("articles", result.corpus().articlesInForce());
      stats.put("by_level", lawsByLevel);
      stats.put("articles_by_level", articlesByLevel);
      stats.put("skipped", skipped);
      return stats;
    }
  }
}
