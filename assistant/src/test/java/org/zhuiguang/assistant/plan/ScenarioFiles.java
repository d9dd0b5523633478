package org.zhuiguang.assistant.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.provider.Arguments;

/** Scenario files under test resources {@code /plan/}: one JSON object a line. */
final class ScenarioFiles {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScenarioFiles() {}

  /** Each scenario of the files as test arguments: its id, then the scenario. */
  static List<Arguments> read(String... files) {
    List<Arguments> out = new ArrayList<>();
    for (String file : files) {
      try (InputStream in =
          Objects.requireNonNull(
              ScenarioFiles.class.getResourceAsStream("/plan/" + file), "missing /plan/" + file)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            JsonNode c = MAPPER.readTree(line);
            out.add(Arguments.of(c.path("id").asText(), c));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
