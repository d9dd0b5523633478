package org.zhuiguang.indexer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.StatuteSearcher;

/**
 * Query latency of a searcher: every query once per client, after a warm-up, in milliseconds, with
 * the process CPU time per query and the load average (the machine may be shared).
 */
public final class LatencyBenchmark {

  /** Percentiles of one run. */
  public record Latency(
      String label,
      int clients,
      int queries,
      double p50,
      double p95,
      double p99,
      double qps,
      double cpuMsPerQuery,
      String load) {

    public String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %s |",
          label,
          clients,
          queries,
          p50,
          p95,
          p99,
          qps,
          cpuMsPerQuery,
          load);
    }

    /** The header of {@link #row()}'s table. */
    public static String header() {
      return "| mode | clients | queries | p50 ms | p95 ms | p99 ms | queries/s | CPU ms/query |"
          + " load avg (1 min) |\n|---|---|---|---|---|---|---|---|---|";
    }
  }

  private LatencyBenchmark() {}

  /** Runs the queries in one mode with this many concurrent clients, each taking the next query. */
  public static Latency run(
      StatuteSearcher searcher, List<String> queries, SearchMode mode, int clients, int k)
      throws InterruptedException {
    return run(mode.label(), searcher, queries, mode, clients, k, Math.min(50, queries.size()));
  }

  /**
   * Runs the queries in one mode with this many concurrent clients, each taking the next query,
   * after the first {@code warmup} queries were asked once.
   */
  public static Latency run(
      String label,
      StatuteSearcher searcher,
      List<String> queries,
      SearchMode mode,
      int clients,
      int k,
      int warmup)
      throws InterruptedException {
    for (int i = 0; i < Math.min(warmup, queries.size()); i++) {
      searcher.search(SearchRequest.of(queries.get(i), k, mode));
    }
    long[] nanos = new long[queries.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Duration cpuBefore = processCpu();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < queries.size();
                      i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    searcher.search(SearchRequest.of(queries.get(i), k, mode));
                    nanos[i] = System.nanoTime() - t;
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a search failed: " + e.getCause().getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMs = processCpu().minus(cpuBefore).toNanos() / 1e6;
    Arrays.sort(nanos);
    return new Latency(
        label,
        clients,
        queries.size(),
        percentile(nanos, 0.50),
        percentile(nanos, 0.95),
        percentile(nanos, 0.99),
        queries.size() / seconds,
        cpuMs / queries.size(),
        loadAverage());
  }

  /** CPU time (user + system) of this process so far. */
  public static Duration processCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** The 1-minute load average, when the system tells it. */
  public static String loadAverage() {
    Path file = Path.of("/proc/loadavg");
    try {
      return Files.isReadable(file)
          ? Files.readString(file, StandardCharsets.UTF_8).split(" ")[0]
          : "n/a";
    } catch (IOException e) {
      return "n/a";
    }
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
