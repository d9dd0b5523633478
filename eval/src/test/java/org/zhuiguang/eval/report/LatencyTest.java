package org.zhuiguang.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void nearestRankPercentiles() {
    List<Double> ms = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      ms.add((double) i);
    }
    Collections.reverse(ms);
    Latency l = Latency.of(ms);
    assertEquals(10.0, l.p50()); // rank ceil(0.50 * 20) = 10
    assertEquals(19.0, l.p95()); // rank ceil(0.95 * 20) = 19
    assertEquals(20.0, l.p99()); // rank ceil(0.99 * 20) = 20
    assertEquals(20.0, l.max());
    assertEquals(10.5, l.mean());
  }

  @Test
  void smallSamples() {
    assertEquals(7.0, Latency.of(List.of(7.0)).p50());
    assertEquals(1.0, Latency.of(List.of(3.0, 1.0)).p50());
    assertEquals(3.0, Latency.of(List.of(3.0, 1.0)).p95());
    assertEquals(0, Latency.of(List.of()).count());
  }
}
