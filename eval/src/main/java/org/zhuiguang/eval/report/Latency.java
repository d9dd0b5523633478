package org.zhuiguang.eval.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Per-query wall times in milliseconds, summarised by nearest-rank percentiles: the p-th percentile
 * of n sorted values is the value at rank ceil(p / 100 * n).
 *
 * @param measured whether the times were measured by this run (false when scoring outputs made
 *     elsewhere: all figures are then 0)
 */
public record Latency(
    double p50, double p95, double p99, double max, double mean, int count, boolean measured) {

  /** Nothing measured: the outputs were produced elsewhere. */
  public static Latency notMeasured() {
    return new Latency(0, 0, 0, 0, 0, 0, false);
  }

  public static Latency of(List<Double> millis) {
    if (millis.isEmpty()) {
      return new Latency(0, 0, 0, 0, 0, 0, true);
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    double mean = sorted.stream().mapToDouble(Double::doubleValue).sum() / sorted.size();
    return new Latency(
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.get(sorted.size() - 1),
        mean,
        sorted.size(),
        true);
  }

  /** The nearest-rank percentile of ascending values. */
  public static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("a percentile is in (0, 100]: " + p);
    }
    long rank = ((long) p * sorted.size() + 99) / 100;
    return sorted.get((int) rank - 1);
  }
}
