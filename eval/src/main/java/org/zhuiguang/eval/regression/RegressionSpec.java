package org.zhuiguang.eval.regression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.zhuiguang.indexer.search.SearchMode;

/**
 * One retrieval regression, read from a YAML file: which questions, which corpus (or slice of it),
 * how to search, and the expected index statistics and metric values with a tolerance. Paths are
 * relative to the shared data folder ({@code ../shared}).
 *
 * <pre>
 * name: smoke
 * queries: eval/stard-dev.jsonl
 * first: 40                  # optional: only the first N questions of the file
 * corpus: corpus/lawrefbook
 * slice:                     # optional: index only part of the corpus
 *   distractors: 30          # the laws of the questions' gold plus this many others
 * mode: bm25
 * k: 100
 * tolerance: 0.0001
 * expected:
 *   index: {laws: 61, articles: 9000}
 *   metrics: {recall@10: 0.5, ...}
 * </pre>
 */
public record RegressionSpec(
    String name,
    String description,
    Path queries,
    OptionalInt first,
    Path corpus,
    Optional<Integer> sliceDistractors,
    SearchMode mode,
    int k,
    double tolerance,
    Map<String, Long> expectedIndex,
    Map<String, Double> expectedMetrics) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The keys a regression file may hold; a misspelt key is an error, never silently ignored. */
  private static final Set<String> KEYS =
      Set.of(
          "name",
          "kind",
          "description",
          "queries",
          "first",
          "corpus",
          "slice",
          "mode",
          "k",
          "tolerance",
          "expected");

  public RegressionSpec {
    expectedIndex = Map.copyOf(expectedIndex);
    expectedMetrics = new LinkedHashMap<>(expectedMetrics);
  }

  public static RegressionSpec read(Path file) throws IOException {
    JsonNode root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + " is not a YAML mapping");
    }
    root.fieldNames()
        .forEachRemaining(
            key -> {
              if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "'");
              }
            });
    String kind = root.path("kind").asText("retrieval");
    if (!kind.equals("retrieval")) {
      throw new IllegalArgumentException(file + ": only retrieval regressions exist, not " + kind);
    }
    JsonNode expected = root.path("expected");
    Map<String, Long> index = new LinkedHashMap<>();
    expected.path("index").properties().forEach(e -> index.put(e.getKey(), e.getValue().asLong()));
    Map<String, Double> metrics = new LinkedHashMap<>();
    expected
        .path("metrics")
        .properties()
        .forEach(
            e -> {
              if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException(
                    file + ": expected metric " + e.getKey() + " is not a number");
              }
              metrics.put(e.getKey(), e.getValue().doubleValue());
            });
    JsonNode slice = root.path("slice");
    return new RegressionSpec(
        required(root, "name", file),
        root.path("description").asText(""),
        Path.of(required(root, "queries", file)),
        root.has("first") ? OptionalInt.of(root.get("first").asInt()) : OptionalInt.empty(),
        Path.of(root.path("corpus").asText("corpus/lawrefbook")),
        slice.isObject() ? Optional.of(slice.path("distractors").asInt(0)) : Optional.empty(),
        SearchMode.fromLabel(root.path("mode").asText("bm25")),
        root.path("k").asInt(100),
        root.path("tolerance").asDouble(0.0001),
        index,
        metrics);
  }

  /** Whether the index needs vectors: dense and hybrid do. */
  public boolean needsVectors() {
    return mode != SearchMode.BM25;
  }

  private static String required(JsonNode root, String field, Path file) {
    String value = root.path(field).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(file + " has no '" + field + "'");
    }
    return value;
  }
}
