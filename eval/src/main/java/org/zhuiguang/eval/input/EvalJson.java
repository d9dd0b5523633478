package org.zhuiguang.eval.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** JSON and JSON Lines in UTF-8, one mapper for the whole harness. */
public final class EvalJson {

  /**
   * Reads what Python's json module writes, bare NaN and Infinity included (the shared answer set
   * has a {@code "reference_answer": NaN}); writes standard JSON.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  private EvalJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Every non-blank line of a JSON Lines file, each an object. */
  public static List<JsonNode> readLines(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s line %d is not JSON: %s",
                file,
                lineNumber,
                e.getOriginalMessage()),
            e);
      }
      if (!node.isObject()) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "%s line %d is not a JSON object", file, lineNumber));
      }
      rows.add(node);
    }
    return rows;
  }

  /** Writes one compact object per line. */
  public static void writeLines(Path file, List<? extends JsonNode> rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (JsonNode row : rows) {
        w.write(MAPPER.writeValueAsString(row));
        w.write('\n');
      }
    }
  }

  /** Writes one indented object. */
  public static void writePretty(Path file, Object value) throws IOException {
    Files.writeString(
        file,
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n",
        StandardCharsets.UTF_8);
  }

  /** Compact JSON of any value. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Python-style truthiness of a field: absent, null, false, 0, "", [] and {} are false. */
  public static boolean truthy(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.doubleValue() != 0.0;
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    return value.size() > 0;
  }

  /** A text field, or empty when absent or null. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
