package org.zhuiguang.eval.answers;

/**
 * Character-level ROUGE-L: the longest common subsequence of the two texts' code points, whitespace
 * removed, as precision against the candidate, recall against the reference, and their harmonic
 * mean.
 */
public final class RougeL {

  private RougeL() {}

  public static double f1(String candidate, String reference) {
    int[] c = codePoints(candidate);
    int[] r = codePoints(reference);
    if (c.length == 0 || r.length == 0) {
      return 0.0;
    }
    int lcs = lcs(c, r);
    if (lcs == 0) {
      return 0.0;
    }
    double precision = (double) lcs / c.length;
    double recall = (double) lcs / r.length;
    return 2 * precision * recall / (precision + recall);
  }

  static int lcs(int[] a, int[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  private static int[] codePoints(String s) {
    return AnswerScorer.normalize(s).codePoints().toArray();
  }
}
