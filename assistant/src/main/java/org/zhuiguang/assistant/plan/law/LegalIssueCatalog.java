package org.zhuiguang.assistant.plan.law;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhuiguang.assistant.plan.DisputeType;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;
import org.zhuiguang.corpus.ArticleNumber;

/**
 * The legal issues of each dispute type, with the articles that govern them, as data ({@code
 * plan/legal-issues.json}); plus the procedural frame of every mediation.
 */
public record LegalIssueCatalog(List<LegalIssue> frame, Map<DisputeType, List<LegalIssue>> byType) {

  public static LegalIssueCatalog defaults() {
    try (InputStream in = LegalIssueCatalog.class.getResourceAsStream("/plan/legal-issues.json")) {
      if (in == null) {
        throw new IllegalStateException("plan/legal-issues.json is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LegalIssueCatalog read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    List<LegalIssue> frame = issues(root.path("frame"));
    Map<DisputeType, List<LegalIssue>> byType = new EnumMap<>(DisputeType.class);
    root.path("types")
        .properties()
        .forEach(
            e ->
                byType.put(
                    DisputeType.fromLabel(e.getKey())
                        .orElseThrow(
                            () -> new IllegalArgumentException("unknown type " + e.getKey())),
                    issues(e.getValue())));
    return new LegalIssueCatalog(frame, byType);
  }

  private static List<LegalIssue> issues(JsonNode array) {
    List<LegalIssue> out = new ArrayList<>();
    for (JsonNode i : array) {
      List<StatuteReference> refs = new ArrayList<>();
      for (JsonNode r : i.path("refs")) {
        refs.add(
            new StatuteReference(
                r.path("law").asText(),
                ArticleNumber.of(r.path("article").asInt(), r.path("suffix").asInt(0))));
      }
      out.add(
          new LegalIssue(
              i.path("id").asText(),
              i.path("issue").asText(),
              strings(i.path("facets")),
              strings(i.path("unless")),
              strings(i.path("signals")),
              Stance.of(i.path("favours").asText("both")),
              refs));
    }
    return out;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Every reference in the catalog, frame included (for checking them against an index). */
  public List<StatuteReference> allReferences() {
    List<StatuteReference> out = new ArrayList<>();
    frame.forEach(i -> out.addAll(i.refs()));
    byType.values().forEach(list -> list.forEach(i -> out.addAll(i.refs())));
    return out;
  }

  /** The issues the analysed dispute raises, type issues first, then the frame. */
  public List<LegalIssue> issuesFor(NarrativeAnalysis a) {
    List<LegalIssue> out = new ArrayList<>();
    for (LegalIssue issue : byType.getOrDefault(a.type(), List.of())) {
      boolean raised = issue.facets().isEmpty() || issue.facets().stream().anyMatch(a::hasFacet);
      boolean moot = issue.unless().stream().anyMatch(a::hasFacet);
      boolean signalled = issue.signals().isEmpty() || issue.signals().stream().anyMatch(a::has);
      if (raised && !moot && signalled) {
        out.add(issue);
      }
    }
    out.addAll(frame);
    return out;
  }
}
