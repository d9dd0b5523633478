package org.zhuiguang.indexer.embed;

import java.util.List;
import java.util.function.Supplier;

/**
 * An encoder that loads its model on first use, so opening a searcher or reading an index's status
 * costs nothing until a dense query or an embedding is actually needed.
 */
public final class LazyEncoder implements TextEncoder {

  private final Supplier<? extends TextEncoder> loader;
  private final String modelName;
  private final int dimension;
  private volatile TextEncoder loaded;

  public LazyEncoder(Supplier<? extends TextEncoder> loader, String modelName, int dimension) {
    this.loader = loader;
    this.modelName = modelName;
    this.dimension = dimension;
  }

  /**
   * The default model, bge-small-zh-v1.5 quantised, loaded when first used, remembering the
   * embeddings of the last {@link QueryCachingEncoder#DEFAULT_CAPACITY} distinct queries.
   */
  public static LazyEncoder bge() {
    return new LazyEncoder(
        () ->
            new QueryCachingEncoder(
                BgeEncoder.withDefaults(), QueryCachingEncoder.DEFAULT_CAPACITY),
        BgeEncoder.MODEL_NAME,
        BgeEncoder.DIMENSION);
  }

  /** The default model without the query cache (for benchmarks of the model itself). */
  public static LazyEncoder bgeUncached() {
    return new LazyEncoder(BgeEncoder::withDefaults, BgeEncoder.MODEL_NAME, BgeEncoder.DIMENSION);
  }

  private TextEncoder encoder() {
    TextEncoder e = loaded;
    if (e == null) {
      synchronized (this) {
        e = loaded;
        if (e == null) {
          e = loader.get();
          if (!e.modelName().equals(modelName) || e.dimension() != dimension) {
            e.close();
            throw new IllegalStateException("the loaded model is not " + modelName);
          }
          loaded = e;
        }
      }
    }
    return e;
  }

  @Override
  public String modelName() {
    return modelName;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<float[]> encodePassages(List<String> passages) {
    return encoder().encodePassages(passages);
  }

  @Override
  public float[] encodeQuery(String query) {
    return encoder().encodeQuery(query);
  }

  @Override
  public synchronized void close() {
    if (loaded != null) {
      loaded.close();
      loaded = null;
    }
  }
}
