package org.zhuiguang.indexer.embed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An encoder that remembers the embeddings of the most recent distinct queries (least recently used
 * out first), so a question asked again skips the model, which is most of a hybrid query's CPU
 * time. Only repeated queries gain; passages pass straight through. Vectors are handed out as
 * copies.
 */
public final class QueryCachingEncoder implements TextEncoder {

  /** The default number of queries remembered (512 floats each: about 2 MiB per 1,000). */
  public static final int DEFAULT_CAPACITY = 2_048;

  private final TextEncoder delegate;
  private final Map<String, float[]> recent;
  private long hits;
  private long misses;

  public QueryCachingEncoder(TextEncoder delegate, int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.delegate = delegate;
    this.recent =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public String modelName() {
    return delegate.modelName();
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public List<float[]> encodePassages(List<String> passages) {
    return delegate.encodePassages(passages);
  }

  @Override
  public float[] encodeQuery(String query) {
    float[] known;
    synchronized (recent) {
      known = recent.get(query);
      if (known != null) {
        hits++;
      } else {
        misses++;
      }
    }
    if (known != null) {
      return known.clone();
    }
    float[] vector = delegate.encodeQuery(query);
    synchronized (recent) {
      recent.put(query, vector.clone());
    }
    return vector;
  }

  /** Queries answered from memory so far. */
  public long hits() {
    synchronized (recent) {
      return hits;
    }
  }

  /** Queries that went to the model so far. */
  public long misses() {
    synchronized (recent) {
      return misses;
    }
  }

  @Override
  public void close() {
    delegate.close();
  }
}
