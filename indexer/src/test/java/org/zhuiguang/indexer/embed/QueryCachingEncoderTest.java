package org.zhuiguang.indexer.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryCachingEncoderTest {

  /** Embeds a text as its length and counts the calls. */
  static final class CountingEncoder implements TextEncoder {
    final List<String> queries = new ArrayList<>();
    int passageCalls;

    @Override
    public String modelName() {
      return "counting-2";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public List<float[]> encodePassages(List<String> passages) {
      passageCalls++;
      return passages.stream().map(p -> new float[] {p.length(), 1}).toList();
    }

    @Override
    public float[] encodeQuery(String query) {
      queries.add(query);
      return new float[] {query.length(), 0};
    }

    @Override
    public void close() {}
  }

  @Test
  void aRepeatedQueryIsEmbeddedOnce() {
    CountingEncoder model = new CountingEncoder();
    QueryCachingEncoder cache = new QueryCachingEncoder(model, 10);
    float[] first = cache.encodeQuery("拖欠工资");
    float[] again = cache.encodeQuery("拖欠工资");
    assertArrayEquals(first, again);
    assertNotSame(first, again, "copies, so a caller cannot change the cached vector");
    first[0] = 99;
    assertEquals(4f, cache.encodeQuery("拖欠工资")[0]);
    assertEquals(List.of("拖欠工资"), model.queries);
    assertEquals(2, cache.hits());
    assertEquals(1, cache.misses());
  }

  @Test
  void theLeastRecentlyUsedQueryGoesFirst() {
    CountingEncoder model = new CountingEncoder();
    QueryCachingEncoder cache = new QueryCachingEncoder(model, 2);
    cache.encodeQuery("a");
    cache.encodeQuery("bb");
    cache.encodeQuery("a"); // a is now the most recent
    cache.encodeQuery("ccc"); // bb goes
    cache.encodeQuery("a");
    cache.encodeQuery("bb");
    assertEquals(List.of("a", "bb", "ccc", "bb"), model.queries);
  }

  @Test
  void passagesAreNeverCached() {
    CountingEncoder model = new CountingEncoder();
    QueryCachingEncoder cache = new QueryCachingEncoder(model, 10);
    cache.encodePassages(List.of("甲", "乙"));
    cache.encodePassages(List.of("甲", "乙"));
    assertEquals(2, model.passageCalls);
    assertEquals("counting-2", cache.modelName());
    assertEquals(2, cache.dimension());
    assertThrows(IllegalArgumentException.class, () -> new QueryCachingEncoder(model, 0));
  }
}
