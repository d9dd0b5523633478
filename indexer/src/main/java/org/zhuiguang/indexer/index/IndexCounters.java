package org.zhuiguang.indexer.index;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts of a build or update: indexed, embedded, skipped by reason. Thread-safe. */
public final class IndexCounters {

  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong inForce = new AtomicLong();
  private final AtomicLong embedded = new AtomicLong();
  private final AtomicLong embeddingsReused = new AtomicLong();
  private final AtomicLong lawsChanged = new AtomicLong();
  private final AtomicLong lawsRetired = new AtomicLong();
  private final Map<SkipReason, AtomicLong> skipped = new EnumMap<>(SkipReason.class);

  public IndexCounters() {
    for (SkipReason reason : SkipReason.values()) {
      skipped.put(reason, new AtomicLong());
    }
  }

  void indexed(boolean isInForce) {
    indexed.incrementAndGet();
    if (isInForce) {
      inForce.incrementAndGet();
    }
  }

  void skip(SkipReason reason) {
    skipped.get(reason).incrementAndGet();
  }

  void embedded(long computed, long reused) {
    embedded.addAndGet(computed);
    embeddingsReused.addAndGet(reused);
  }

  void lawsChanged(long changed, long retired) {
    lawsChanged.addAndGet(changed);
    lawsRetired.addAndGet(retired);
  }

  public long indexed() {
    return indexed.get();
  }

  public long inForce() {
    return inForce.get();
  }

  public long embedded() {
    return embedded.get();
  }

  public long embeddingsReused() {
    return embeddingsReused.get();
  }

  public long skipped(SkipReason reason) {
    return skipped.get(reason).get();
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** The counts as an ordered map, for JSON. */
  public Map<String, Long> asMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    map.put("indexed", indexed());
    map.put("in_force", inForce());
    map.put("superseded", indexed() - inForce());
    map.put("embedded", embedded());
    map.put("embeddings_reused", embeddingsReused());
    map.put("laws_changed", lawsChanged.get());
    map.put("laws_retired", lawsRetired.get());
    skipped.forEach((reason, n) -> map.put("skipped_" + reason.key(), n.get()));
    return map;
  }

  /** A small two-column table of the counts and the elapsed time. */
  public String table(Duration elapsed) {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%-28s %12s%n", "count", "value"));
    asMap().forEach((k, v) -> table.append(String.format(Locale.ROOT, "%-28s %12d%n", k, v)));
    table.append(
        String.format(
            Locale.ROOT, "%-28s %12.1f%n", "elapsed_seconds", elapsed.toMillis() / 1000.0));
    return table.toString();
  }
}
