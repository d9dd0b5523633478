package org.zhuiguang.assistant.plan.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhuiguang.assistant.plan.DisputeType;

/**
 * The cues that tell dispute types, facets and settings apart, read from a data file ({@code
 * plan/understanding.json} by default). Cues are regular expressions; plain words are the common
 * case.
 *
 * <p>Settings: the setting whose word ({@code settings}) the narrative names first is where the
 * dispute happens; a place name that only suggests one (a name ending in 村, {@code setting_names})
 * counts only when no setting is named.
 */
public record UnderstandingRules(
    Map<DisputeType, Map<Pattern, Integer>> typeCues,
    List<Facet> facets,
    Map<String, List<Pattern>> settings,
    Map<String, List<Pattern>> settingNames) {

  /**
   * A facet: an aspect of a dispute of some types, recognised by any of its cues unless one of its
   * exclusions is present.
   */
  public record Facet(String id, String label, Set<DisputeType> types, List<Pattern> cues) {

    public Facet {
      types = Set.copyOf(types);
      cues = List.copyOf(cues);
    }
  }

  /** The rules bundled with the product. */
  public static UnderstandingRules defaults() {
    try (InputStream in =
        UnderstandingRules.class.getResourceAsStream("/plan/understanding.json")) {
      if (in == null) {
        throw new IllegalStateException("plan/understanding.json is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads rules from JSON. */
  public static UnderstandingRules read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    Map<DisputeType, Map<Pattern, Integer>> typeCues = new EnumMap<>(DisputeType.class);
    root.path("types")
        .properties()
        .forEach(
            e -> {
              DisputeType type = type(e.getKey());
              Map<Pattern, Integer> cues = new LinkedHashMap<>();
              e.getValue()
                  .properties()
                  .forEach(c -> cues.put(Pattern.compile(c.getKey()), c.getValue().asInt()));
              typeCues.put(type, cues);
            });
    List<Facet> facets = new ArrayList<>();
    for (JsonNode f : root.path("facets")) {
      List<DisputeType> types = new ArrayList<>();
      f.path("types").forEach(t -> types.add(type(t.asText())));
      facets.add(
          new Facet(
              f.path("id").asText(),
              f.path("label").asText(),
              Set.copyOf(types),
              patterns(f.path("cues"))));
    }
    return new UnderstandingRules(
        typeCues,
        facets,
        patternsByKey(root.path("settings")),
        patternsByKey(root.path("setting_names")));
  }

  private static Map<String, List<Pattern>> patternsByKey(JsonNode object) {
    Map<String, List<Pattern>> out = new LinkedHashMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), patterns(e.getValue())));
    return out;
  }

  private static List<Pattern> patterns(JsonNode array) {
    List<Pattern> out = new ArrayList<>();
    array.forEach(n -> out.add(Pattern.compile(n.asText())));
    return out;
  }

  private static DisputeType type(String label) {
    return DisputeType.fromLabel(label)
        .orElseThrow(() -> new IllegalArgumentException("unknown dispute type: " + label));
  }
}
