package org.zhuiguang.indexer.bench;

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

/** Query latency of a searcher: every query once per client, after a warm-up, in milliseconds. */
public final class LatencyBenchmark {

  /** Percentiles of one run. */
  public record Latency(
      SearchMode mode, int clients, int queries, double p50, double p95, double p99, double qps) {

    public String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f |",
          mode.label(),
          clients,
          queries,
          p50,
          p95,
          p99,
          qps);
    }
  }

  private LatencyBenchmark() {}

  /** Runs the queries in one mode with this many concurrent clients, each taking the next query. */
  public static Latency run(
      StatuteSearcher searcher, List<String> queries, SearchMode mode, int clients, int k)
      throws InterruptedException {
    int warmup = Math.min(50, queries.size());
    for (int i = 0; i < warmup; i++) {
      searcher.search(SearchRequest.of(queries.get(i), k, mode));
    }
    long[] nanos = new long[queries.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
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
    Arrays.sort(nanos);
    return new Latency(
        mode,
        clients,
        queries.size(),
        percentile(nanos, 0.50),
        percentile(nanos, 0.95),
        percentile(nanos, 0.99),
        queries.size() / seconds);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
