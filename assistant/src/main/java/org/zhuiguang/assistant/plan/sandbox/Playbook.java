package org.zhuiguang.assistant.plan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhuiguang.assistant.plan.DisputeType;

/**
 * The sandbox knowledge of a dispute type: both sides, options for agreement, fallbacks, evidence
 * to fix and questions to ask. Read from {@code plan/playbooks.json}.
 */
public record Playbook(
    RolePlay claimant,
    RolePlay respondent,
    List<String> options,
    List<String> fallbacks,
    List<String> evidence,
    List<String> questions) {

  public Playbook {
    options = List.copyOf(options);
    fallbacks = List.copyOf(fallbacks);
    evidence = List.copyOf(evidence);
    questions = List.copyOf(questions);
  }

  /** The bundled playbooks, one per dispute type. */
  public static Map<DisputeType, Playbook> defaults() {
    try (InputStream in = Playbook.class.getResourceAsStream("/plan/playbooks.json")) {
      if (in == null) {
        throw new IllegalStateException("plan/playbooks.json is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Map<DisputeType, Playbook> read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    Map<DisputeType, Playbook> out = new EnumMap<>(DisputeType.class);
    root.properties()
        .forEach(
            e -> {
              if (e.getKey().startsWith("_")) {
                return;
              }
              JsonNode p = e.getValue();
              out.put(
                  DisputeType.fromLabel(e.getKey())
                      .orElseThrow(
                          () -> new IllegalArgumentException("unknown type " + e.getKey())),
                  new Playbook(
                      role(p.path("claimant")),
                      role(p.path("respondent")),
                      strings(p.path("options")),
                      strings(p.path("fallbacks")),
                      strings(p.path("evidence")),
                      strings(p.path("questions"))));
            });
    return out;
  }

  private static RolePlay role(JsonNode r) {
    List<Move> moves = new ArrayList<>();
    r.path("moves")
        .forEach(m -> moves.add(new Move(m.path("move").asText(), m.path("cost").asText())));
    return new RolePlay(
        r.path("label").asText(),
        strings(r.path("cues")),
        r.path("position").asText(),
        strings(r.path("interests")),
        moves);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
