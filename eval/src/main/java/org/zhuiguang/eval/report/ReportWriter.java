package org.zhuiguang.eval.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.zhuiguang.eval.input.EvalJson;

/**
 * Writes {@code report.json} and {@code report.md}. Metrics are rounded to 4 decimals (as the
 * independent scorers print them); counts such as {@code unresolved_gold} stay whole numbers.
 */
public final class ReportWriter {

  public static final String JSON = "report.json";
  public static final String MARKDOWN = "report.md";

  private ReportWriter() {}

  public static void write(Path dir, EvalReport report) throws IOException {
    Files.createDirectories(dir);
    EvalJson.writePretty(dir.resolve(JSON), toJson(report));
    Files.writeString(dir.resolve(MARKDOWN), markdown(report), StandardCharsets.UTF_8);
  }

  public static ObjectNode toJson(EvalReport report) {
    ObjectNode root = EvalJson.object();
    root.put("kind", report.kind().label());
    root.put("queries", report.queries());
    ObjectNode metrics = root.putObject("metrics");
    report.metrics().forEach((name, value) -> putNumber(metrics, name, value));
    ObjectNode latency = root.putObject("latency_ms");
    Latency l = report.latency();
    latency.put("p50", EvalReport.roundMillis(l.p50()));
    latency.put("p95", EvalReport.roundMillis(l.p95()));
    latency.put("p99", EvalReport.roundMillis(l.p99()));
    latency.put("max", EvalReport.roundMillis(l.max()));
    latency.put("mean", EvalReport.roundMillis(l.mean()));
    latency.put("count", l.count());
    latency.put("measured", l.measured());
    for (Map.Entry<String, Object> e : report.extra().entrySet()) {
      root.set(e.getKey(), EvalJson.mapper().valueToTree(e.getValue()));
    }
    return root;
  }

  private static void putNumber(ObjectNode node, String name, double value) {
    if (value == Math.rint(value) && isCount(name)) {
      node.put(name, (long) value);
    } else {
      node.put(name, EvalReport.round4(value));
    }
  }

  /** Counts are whole numbers by nature; everything else is a share. */
  static boolean isCount(String metric) {
    return metric.equals("unresolved_gold") || metric.equals("answered");
  }

  public static String markdown(EvalReport report) {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "# Evaluation: %s%n%n", report.kind().label()));
    md.append(String.format(Locale.ROOT, "%d queries", report.queries()));
    for (String field : new String[] {"mode", "k", "queries_file", "cases_file", "source"}) {
      Object value = report.extra().get(field);
      if (value != null) {
        md.append(String.format(Locale.ROOT, ", %s %s", field.replace('_', ' '), value));
      }
    }
    md.append(String.format(Locale.ROOT, ".%n%n| metric | value |%n|---|---:|%n"));
    report
        .metrics()
        .forEach(
            (name, value) ->
                md.append(
                    String.format(Locale.ROOT, "| %s | %s |%n", name, formatMetric(name, value))));
    Latency l = report.latency();
    md.append(String.format(Locale.ROOT, "%n## Latency per query (ms)%n%n"));
    if (l.measured()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| p50 | p95 | p99 | max | mean |%n|---:|---:|---:|---:|---:|%n"
                  + "| %.2f | %.2f | %.2f | %.2f | %.2f |%n",
              l.p50(),
              l.p95(),
              l.p99(),
              l.max(),
              l.mean()));
    } else {
      md.append(
          String.format(
              Locale.ROOT,
              "Not measured: the outputs were produced elsewhere (all figures 0 in report.json).%n"));
    }
    Object notes = report.extra().get("notes");
    if (notes instanceof Iterable<?> lines) {
      md.append(String.format(Locale.ROOT, "%n## Notes%n%n"));
      for (Object line : lines) {
        md.append("- ").append(line).append(System.lineSeparator());
      }
    }
    return md.toString();
  }

  static String formatMetric(String name, double value) {
    if (isCount(name) && value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return String.format(Locale.ROOT, "%.4f", EvalReport.round4(value));
  }
}
