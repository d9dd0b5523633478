package org.zhuiguang.eval.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What every {@code eval} command reports (INTERFACES.md, "Evaluation reports"): the kind, the
 * number of queries evaluated, a flat map of metrics, latency percentiles, and free extra fields
 * (mode, k, settings, sources).
 */
public record EvalReport(
    Kind kind,
    int queries,
    Map<String, Double> metrics,
    Latency latency,
    Map<String, Object> extra) {

  /** The three kinds of evaluation. */
  public enum Kind {
    RETRIEVAL,
    ANSWERS,
    MEDIATION;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromLabel(String label) {
      return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
  }

  public EvalReport {
    metrics = new LinkedHashMap<>(metrics);
    extra = new LinkedHashMap<>(extra);
  }

  /** The same report with one more extra field. */
  public EvalReport with(String field, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extra);
    more.put(field, value);
    return new EvalReport(kind, queries, metrics, latency, more);
  }

  /**
   * Rounds a metric to 4 decimals, half to even on the exact binary value: what Python's {@code
   * round(x, 4)} and {@code f"{x:.4f}"} print, so reports compare with the scripts as text.
   */
  public static double round4(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Rounds milliseconds to 0.01. */
  public static double roundMillis(double value) {
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
  }
}
