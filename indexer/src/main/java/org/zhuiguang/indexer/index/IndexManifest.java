package org.zhuiguang.indexer.index;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a commit of the index holds, written once in the commit's user data and checked before a
 * generation is served.
 *
 * @param schemaVersion {@link IndexFields#SCHEMA_VERSION} at build time
 * @param generation the generation's folder name, e.g. {@code gen-000003}
 * @param corpusHash SHA-256 of the per-law hashes ({@code laws.tsv} in the generation)
 * @param laws the number of laws indexed
 * @param documents the number of documents (articles of every version indexed)
 * @param articlesInForce the number of documents of versions in force
 * @param analyzer the analyzer's label
 * @param embeddingModel the embedding model, or {@code none}
 * @param embeddingDimension the embedding dimension, 0 without vectors
 * @param vectors whether every document carries its embedding
 * @param created when the commit was made
 */
public record IndexManifest(
    int schemaVersion,
    String generation,
    String corpusHash,
    int laws,
    long documents,
    long articlesInForce,
    String analyzer,
    String embeddingModel,
    int embeddingDimension,
    Vectors vectors,
    Instant created) {

  /** Whether the generation's documents carry embeddings. */
  public enum Vectors {
    NONE,
    COMPLETE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final String NO_MODEL = "none";
  private static final String PREFIX = "zg.";

  /** The commit user data. */
  public Map<String, String> toUserData() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(PREFIX + "schema_version", Integer.toString(schemaVersion));
    data.put(PREFIX + "generation", generation);
    data.put(PREFIX + "corpus_hash", corpusHash);
    data.put(PREFIX + "laws", Integer.toString(laws));
    data.put(PREFIX + "documents", Long.toString(documents));
    data.put(PREFIX + "articles_in_force", Long.toString(articlesInForce));
    data.put(PREFIX + "analyzer", analyzer);
    data.put(PREFIX + "embedding_model", embeddingModel);
    data.put(PREFIX + "embedding_dimension", Integer.toString(embeddingDimension));
    data.put(PREFIX + "vectors", vectors.key());
    data.put(PREFIX + "created", created.toString());
    return data;
  }

  /** Reads a manifest back from commit user data. */
  public static IndexManifest fromUserData(Map<String, String> data) {
    try {
      return new IndexManifest(
          Integer.parseInt(required(data, "schema_version")),
          required(data, "generation"),
          required(data, "corpus_hash"),
          Integer.parseInt(required(data, "laws")),
          Long.parseLong(required(data, "documents")),
          Long.parseLong(required(data, "articles_in_force")),
          required(data, "analyzer"),
          required(data, "embedding_model"),
          Integer.parseInt(required(data, "embedding_dimension")),
          Vectors.valueOf(required(data, "vectors").toUpperCase(Locale.ROOT)),
          Instant.parse(required(data, "created")));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalStateException("the index manifest is invalid: " + e.getMessage(), e);
    }
  }

  /** Whether its vectors were made by this model with this dimension. */
  public boolean vectorsMatch(String model, int dimension) {
    return vectors == Vectors.COMPLETE
        && embeddingModel.equals(model)
        && embeddingDimension == dimension;
  }

  private static String required(Map<String, String> data, String key) {
    String value = data.get(PREFIX + key);
    if (value == null) {
      throw new IllegalStateException("the index manifest lacks " + key);
    }
    return value;
  }
}
