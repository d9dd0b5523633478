package org.zhuiguang.eval.regression;

import java.util.Locale;

/** One expected figure of a regression against what the run measured. */
public record RegressionCheck(String name, double expected, double actual, double tolerance) {

  public boolean ok() {
    return !Double.isNaN(actual) && Math.abs(expected - actual) <= tolerance + 1e-12;
  }

  /** {@code [OK] recall@10 expected 0.5000 actual 0.5000}. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "%-6s %-20s expected %s  actual %s%s",
        ok() ? "[OK]" : "[FAIL]",
        name,
        format(expected),
        Double.isNaN(actual) ? "missing" : format(actual),
        ok() ? "" : String.format(Locale.ROOT, "  (tolerance %s)", tolerance));
  }

  private String format(double v) {
    return isCount()
        ? String.format(Locale.ROOT, "%d", Math.round(v))
        : String.format(Locale.ROOT, "%.4f", v);
  }

  private boolean isCount() {
    return name.startsWith("index.") || name.equals("unresolved_gold");
  }
}
