package org.zhuiguang.eval.regression;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The reference numbers of every regression file as one Markdown page ({@code
 * docs/regressions.md}), generated from the files themselves so the docs cannot drift from them.
 */
public final class RegressionTable {

  private RegressionTable() {}

  /** Reads every {@code *.yaml} of a folder, by file name. */
  public static List<RegressionSpec> readAll(Path folder) throws IOException {
    List<RegressionSpec> specs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        specs.add(RegressionSpec.read(file));
      }
    }
    return specs;
  }

  public static String markdown(List<RegressionSpec> specs) {
    StringBuilder md = new StringBuilder();
    md.append("# Regressions\n\n");
    md.append(
        "Generated from `eval/regressions/*.yaml` by `RegressionTable` (the eval test"
            + " `RegressionDocsTest` fails when this page is stale). Run one with `./zg eval"
            + " regression eval/regressions/NAME.yaml`; changes to these numbers are logged in"
            + " `docs/regressions-log.md`.\n\n");
    md.append("| regression | questions | corpus | mode | k | tolerance |\n");
    md.append("|---|---|---|---|---:|---:|\n");
    for (RegressionSpec s : specs) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s%s | %s%s | %s | %d | %s |%n",
              s.name(),
              s.queries(),
              s.first().isPresent() ? ", first " + s.first().getAsInt() : "",
              s.corpus(),
              s.sliceDistractors().map(d -> ", gold laws + " + d + " distractors").orElse(""),
              s.mode().label(),
              s.k(),
              java.math.BigDecimal.valueOf(s.tolerance()).stripTrailingZeros().toPlainString()));
    }
    Set<String> metrics = new LinkedHashSet<>();
    Set<String> index = new LinkedHashSet<>();
    specs.forEach(
        s -> {
          index.addAll(s.expectedIndex().keySet());
          metrics.addAll(s.expectedMetrics().keySet());
        });
    md.append("\n| figure |");
    specs.forEach(s -> md.append(' ').append(s.name()).append(" |"));
    md.append("\n|---|");
    specs.forEach(s -> md.append("---:|"));
    md.append('\n');
    for (String name : index.stream().sorted().toList()) {
      md.append("| index.").append(name).append(" |");
      for (RegressionSpec s : specs) {
        Long v = s.expectedIndex().get(name);
        md.append(' ').append(v == null ? "" : String.valueOf(v)).append(" |");
      }
      md.append('\n');
    }
    for (String name : metrics) {
      md.append("| ").append(name).append(" |");
      for (RegressionSpec s : specs) {
        Double v = s.expectedMetrics().get(name);
        String cell =
            v == null
                ? ""
                : name.equals("unresolved_gold")
                    ? String.valueOf(Math.round(v))
                    : String.format(Locale.ROOT, "%.4f", v);
        md.append(' ').append(cell).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }
}
