package org.zhuiguang.corpus.collection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhuiguang.corpus.LawLevel;

/**
 * The counters of one reading of the collection: files seen, parsed and skipped by reason, laws,
 * versions and articles. Built once, immutable; the counts add up ({@code filesSeen == filesParsed
 * + filesSkipped}) or the reading fails.
 */
public final class CollectionReport {

  /** How many example paths are kept per reason. */
  static final int EXAMPLES_PER_REASON = 5;

  private final int filesSeen;
  private final int filesParsed;
  private final Map<SkipReason, Integer> skipped;
  private final Map<SkipReason, List<String>> examples;
  private final int unparsedLines;
  private final int laws;
  private final int versions;
  private final int articlesInForce;
  private final int articlesAllVersions;
  private final Map<LawLevel, Integer> lawsByLevel;
  private final Map<LawLevel, Integer> articlesByLevel;
  private final Duration elapsed;

  CollectionReport(
      int filesSeen,
      int filesParsed,
      Map<SkipReason, Integer> skipped,
      Map<SkipReason, List<String>> examples,
      int unparsedLines,
      int laws,
      int versions,
      int articlesInForce,
      int articlesAllVersions,
      Map<LawLevel, Integer> lawsByLevel,
      Map<LawLevel, Integer> articlesByLevel,
      Duration elapsed) {
    this.filesSeen = filesSeen;
    this.filesParsed = filesParsed;
    this.skipped = Collections.unmodifiableMap(new EnumMap<>(nonEmpty(skipped, SkipReason.class)));
    Map<SkipReason, List<String>> copies = new EnumMap<>(SkipReason.class);
    examples.forEach((reason, paths) -> copies.put(reason, List.copyOf(paths)));
    this.examples = Collections.unmodifiableMap(copies);
    this.unparsedLines = unparsedLines;
    this.laws = laws;
    this.versions = versions;
    this.articlesInForce = articlesInForce;
    this.articlesAllVersions = articlesAllVersions;
    this.lawsByLevel =
        Collections.unmodifiableMap(new EnumMap<>(nonEmpty(lawsByLevel, LawLevel.class)));
    this.articlesByLevel =
        Collections.unmodifiableMap(new EnumMap<>(nonEmpty(articlesByLevel, LawLevel.class)));
    this.elapsed = elapsed;
    if (filesSeen != filesParsed + filesSkipped()) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "counts do not add up: %d files seen, %d parsed, %d skipped",
              filesSeen,
              filesParsed,
              filesSkipped()));
    }
  }

  private static <K extends Enum<K>> Map<K, Integer> nonEmpty(
      Map<K, Integer> counts, Class<K> type) {
    Map<K, Integer> out = new EnumMap<>(type);
    counts.forEach(
        (key, count) -> {
          if (count != null && count > 0) {
            out.put(key, count);
          }
        });
    return out;
  }

  /** Every regular file under the corpus root (hidden folders aside). */
  public int filesSeen() {
    return filesSeen;
  }

  /** Files that became (part of) a law version, partly parsed ones included. */
  public int filesParsed() {
    return filesParsed;
  }

  /** Files left out entirely: the sum of the whole-file reasons. */
  public int filesSkipped() {
    return skipped.entrySet().stream()
        .filter(e -> e.getKey().wholeFile())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** Parsed files with lines left out ({@link SkipReason#PARTLY_PARSED}). */
  public int filesPartlyParsed() {
    return skipped.getOrDefault(SkipReason.PARTLY_PARSED, 0);
  }

  /**
   * Files by reason, in enum order, reasons with no file left out. Whole-file reasons sum to {@link
   * #filesSkipped()}; {@link SkipReason#PARTLY_PARSED} counts files that are also parsed.
   */
  public Map<SkipReason, Integer> skipped() {
    return skipped;
  }

  /** Up to five example paths (relative to the corpus root) per reason, for diagnostics. */
  public Map<SkipReason, List<String>> examples() {
    return examples;
  }

  /** Lines of parsed files that could not be placed (malformed headings and their text). */
  public int unparsedLines() {
    return unparsedLines;
  }

  public int laws() {
    return laws;
  }

  public int versions() {
    return versions;
  }

  /** Articles of the versions in force. */
  public int articlesInForce() {
    return articlesInForce;
  }

  /** Articles of every version, superseded ones included. */
  public int articlesAllVersions() {
    return articlesAllVersions;
  }

  /** Laws per level, in enum order, levels with no law left out. */
  public Map<LawLevel, Integer> lawsByLevel() {
    return lawsByLevel;
  }

  /** Articles in force per level, in enum order, levels with no law left out. */
  public Map<LawLevel, Integer> articlesByLevel() {
    return articlesByLevel;
  }

  public Duration elapsed() {
    return elapsed;
  }

  /** A small counter table, one counter a line, ending with the elapsed time. */
  public String table() {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("files seen", filesSeen));
    rows.add(row("files parsed", filesParsed));
    rows.add(row("files skipped", filesSkipped()));
    skipped.forEach(
        (reason, count) -> {
          if (reason.wholeFile()) {
            rows.add(row("  " + reason.key(), count));
          }
        });
    rows.add(row("files partly parsed", filesPartlyParsed()));
    rows.add(row("  unparsed lines", unparsedLines));
    rows.add(row("laws", laws));
    lawsByLevel.forEach((level, count) -> rows.add(row("  " + level.label(), count)));
    rows.add(row("versions", versions));
    rows.add(row("articles in force", articlesInForce));
    articlesByLevel.forEach((level, count) -> rows.add(row("  " + level.label(), count)));
    rows.add(row("articles, all versions", articlesAllVersions));
    rows.add(
        new String[] {
          "elapsed", String.format(Locale.ROOT, "%.2f s", elapsed.toNanos() / 1_000_000_000.0)
        });
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s  %10s\n", r[0], r[1]));
    }
    return out.toString();
  }

  private static String[] row(String label, int value) {
    return new String[] {label, Integer.toString(value)};
  }

  @Override
  public String toString() {
    return table();
  }
}
