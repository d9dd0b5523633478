package org.zhuiguang.eval.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.report.EvalReport;

/**
 * What a change did, query by query: for each metric, the per-query delta from a base run to a new
 * run, the wins, losses and ties, and the queries that moved most.
 */
public final class RunComparison {

  /** One query's figure in both runs. */
  public record Delta(String queryId, double base, double changed) {
    public double delta() {
      return changed - base;
    }
  }

  /** One metric compared over all queries. */
  public record MetricComparison(
      String metric,
      double baseMean,
      double newMean,
      int wins,
      int losses,
      int ties,
      List<Delta> deltas) {

    /** The queries that moved most, largest absolute delta first (ties by query id). */
    public List<Delta> biggestMovers(int n) {
      return deltas.stream()
          .filter(d -> Math.abs(d.delta()) > EPSILON)
          .sorted(
              Comparator.comparingDouble((Delta d) -> -Math.abs(d.delta()))
                  .thenComparing(Delta::queryId))
          .limit(n)
          .toList();
    }
  }

  static final double EPSILON = 1e-9;

  private final String baseName;
  private final String newName;
  private final List<MetricComparison> metrics;

  private RunComparison(String baseName, String newName, List<MetricComparison> metrics) {
    this.baseName = baseName;
    this.newName = newName;
    this.metrics = List.copyOf(metrics);
  }

  /**
   * Compares per-query metrics of two runs over the same queries (the base's query order). A query
   * missing from one side scores 0 there.
   */
  public static RunComparison of(
      String baseName,
      Map<String, Map<String, Double>> base,
      String newName,
      Map<String, Map<String, Double>> changed,
      List<String> metricNames) {
    List<MetricComparison> out = new ArrayList<>();
    for (String metric : metricNames) {
      List<Delta> deltas = new ArrayList<>();
      double baseSum = 0;
      double newSum = 0;
      int wins = 0;
      int losses = 0;
      int ties = 0;
      for (String qid : base.keySet()) {
        double b = base.get(qid).getOrDefault(metric, 0.0);
        double c = changed.getOrDefault(qid, Map.of()).getOrDefault(metric, 0.0);
        Delta d = new Delta(qid, b, c);
        deltas.add(d);
        baseSum += b;
        newSum += c;
        if (d.delta() > EPSILON) {
          wins++;
        } else if (d.delta() < -EPSILON) {
          losses++;
        } else {
          ties++;
        }
      }
      int n = Math.max(1, base.size());
      out.add(new MetricComparison(metric, baseSum / n, newSum / n, wins, losses, ties, deltas));
    }
    return new RunComparison(baseName, newName, out);
  }

  public List<MetricComparison> metrics() {
    return metrics;
  }

  public String markdown(int movers) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT, "# Comparison%n%nbase: `%s`  %nnew: `%s`%n%n", baseName, newName));
    md.append("| metric | base | new | delta | wins | losses | ties |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (MetricComparison m : metrics) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.4f | %.4f | %+.4f | %d | %d | %d |%n",
              m.metric(),
              EvalReport.round4(m.baseMean()),
              EvalReport.round4(m.newMean()),
              EvalReport.round4(m.newMean() - m.baseMean()),
              m.wins(),
              m.losses(),
              m.ties()));
    }
    for (MetricComparison m : metrics) {
      List<Delta> top = m.biggestMovers(movers);
      if (top.isEmpty()) {
        continue;
      }
      md.append(
          String.format(
              Locale.ROOT,
              "%n## Biggest movers on %s%n%n| query | base | new | delta |%n|---|---:|---:|---:|%n",
              m.metric()));
      for (Delta d : top) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %.4f | %.4f | %+.4f |%n",
                d.queryId(),
                d.base(),
                d.changed(),
                d.delta()));
      }
    }
    return md.toString();
  }

  public ObjectNode toJson(int movers) {
    ObjectNode root = EvalJson.object();
    root.put("base", baseName);
    root.put("new", newName);
    ObjectNode all = root.putObject("metrics");
    for (MetricComparison m : metrics) {
      ObjectNode node = all.putObject(m.metric());
      node.put("base", EvalReport.round4(m.baseMean()));
      node.put("new", EvalReport.round4(m.newMean()));
      node.put("delta", EvalReport.round4(m.newMean() - m.baseMean()));
      node.put("wins", m.wins());
      node.put("losses", m.losses());
      node.put("ties", m.ties());
      ArrayNode top = node.putArray("biggest_movers");
      for (Delta d : m.biggestMovers(movers)) {
        ObjectNode row = top.addObject();
        row.put("id", d.queryId());
        row.put("base", EvalReport.round4(d.base()));
        row.put("new", EvalReport.round4(d.changed()));
        row.put("delta", EvalReport.round4(d.delta()));
      }
    }
    ObjectNode perQuery = root.putObject("per_query");
    Map<String, ObjectNode> rows = new LinkedHashMap<>();
    for (MetricComparison m : metrics) {
      for (Delta d : m.deltas()) {
        rows.computeIfAbsent(d.queryId(), q -> perQuery.putObject(q))
            .put(m.metric(), EvalReport.round4(d.delta()));
      }
    }
    return root;
  }
}
