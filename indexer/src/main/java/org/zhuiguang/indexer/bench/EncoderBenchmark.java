package org.zhuiguang.indexer.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.zhuiguang.indexer.embed.TextEncoder;

/**
 * Embedding throughput on a seeded sample of texts, fed to the encoder the way a build feeds it
 * (sorted by length, in chunks of 256), with the process CPU time it took, so a full build's
 * embedding work can be projected from the sample on a shared machine.
 */
public final class EncoderBenchmark {

  /** Texts per call, as the index builder's embedding filler uses. */
  public static final int CHUNK = 256;

  /** One run's figures. */
  public record Throughput(
      int texts, long chars, double wallSeconds, double cpuSeconds, String load) {

    public double textsPerSecond() {
      return texts / wallSeconds;
    }

    public double textsPerCpuSecond() {
      return texts / cpuSeconds;
    }

    public double charsPerCpuSecond() {
      return chars / cpuSeconds;
    }

    /** CPU seconds to embed texts of this many characters in all, at this run's rate. */
    public double projectedCpuSeconds(long totalChars) {
      return totalChars / charsPerCpuSecond();
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "%d texts (%d chars): %.1f s wall, %.0f texts/s; %.1f CPU s, %.1f texts per CPU s, %.0f"
              + " chars per CPU s; load average %s",
          texts,
          chars,
          wallSeconds,
          textsPerSecond(),
          cpuSeconds,
          textsPerCpuSecond(),
          charsPerCpuSecond(),
          load);
    }
  }

  private EncoderBenchmark() {}

  /** {@code n} of the texts, chosen with a fixed seed. */
  public static List<String> sample(List<String> texts, int n, long seed) {
    List<String> copy = new ArrayList<>(texts);
    Collections.shuffle(copy, new Random(seed));
    return copy.subList(0, Math.min(n, copy.size()));
  }

  /** Embeds the texts as a build does and times it. */
  public static Throughput run(TextEncoder encoder, List<String> texts) {
    List<String> sorted = new ArrayList<>(texts);
    sorted.sort(Comparator.comparingInt(String::length));
    encoder.encodePassages(sorted.subList(0, Math.min(8, sorted.size()))); // load and warm up
    long chars = sorted.stream().mapToLong(String::length).sum();
    Duration cpu = LatencyBenchmark.processCpu();
    long start = System.nanoTime();
    for (int i = 0; i < sorted.size(); i += CHUNK) {
      encoder.encodePassages(sorted.subList(i, Math.min(sorted.size(), i + CHUNK)));
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = LatencyBenchmark.processCpu().minus(cpu).toNanos() / 1e9;
    return new Throughput(sorted.size(), chars, wall, cpuSeconds, LatencyBenchmark.loadAverage());
  }
}
