package org.zhuiguang.indexer.embed;

import java.util.List;

/** Turns texts into unit-length embeddings. Implementations are safe for concurrent use. */
public interface TextEncoder extends AutoCloseable {

  /** The model's name, recorded in the index manifest. */
  String modelName();

  /** The embedding dimension. */
  int dimension();

  /** Embeds passages (articles) in one call; the result is in input order. */
  List<float[]> encodePassages(List<String> passages);

  /** Embeds a query, with the model's retrieval instruction when configured. */
  float[] encodeQuery(String query);

  @Override
  void close();
}
