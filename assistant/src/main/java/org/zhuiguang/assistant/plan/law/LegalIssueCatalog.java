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
 *
 * <p>Each type also has general issues, its basic rules in order: a dispute whose specific issues
 * cite fewer than {@link #MIN_ARTICLES} articles (a narrative that names no particular sub-issue
 * the catalog knows) gets them until it has that many, so a plan never rests on a single article
 * when the type's framework applies.
 *
 * @param frame the issues of every mediation (agreements and their effect)
 * @param byType each type's specific issues, raised by facets and signals
 * @param generalByType each type's general issues, most general first
 */
public record LegalIssueCatalog(
    List<LegalIssue> frame,
    Map<DisputeType, List<LegalIssue>> byType,
    Map<DisputeType, List<LegalIssue>> generalByType) {

  /** The fewest articles of its type a plan cites when the type's general issues can add them. */
  public static final int MIN_ARTICLES = 3;

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
    return new LegalIssueCatalog(
        issues(root.path("frame")), byType(root.path("types")), byType(root.path("general")));
  }

  private static Map<DisputeType, List<LegalIssue>> byType(JsonNode types) {
    Map<DisputeType, List<LegalIssue>> byType = new EnumMap<>(DisputeType.class);
    types
        .properties()
        .forEach(
            e ->
                byType.put(
                    DisputeType.fromLabel(e.getKey())
                        .orElseThrow(
                            () -> new IllegalArgumentException("unknown type " + e.getKey())),
                    issues(e.getValue())));
    return byType;
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
    generalByType.values().forEach(list -> list.forEach(i -> out.addAll(i.refs())));
    return out;
  }

  /**
   * The issues the analysed dispute raises: the type's specific issues, then its general issues
   * while the articles number fewer than {@link #MIN_ARTICLES}, then the frame.
   */
  public List<LegalIssue> issuesFor(NarrativeAnalysis a) {
    List<LegalIssue> out = new ArrayList<>();
    Set<StatuteReference> cited = new LinkedHashSet<>();
    for (LegalIssue issue : byType.getOrDefault(a.type(), List.of())) {
      if (raises(issue, a)) {
        out.add(issue);
        cited.addAll(issue.refs());
      }
    }
    for (LegalIssue issue : generalByType.getOrDefault(a.type(), List.of())) {
      if (cited.size() >= MIN_ARTICLES) {
        break;
      }
      if (raises(issue, a) && !cited.containsAll(issue.refs())) {
        out.add(issue);
        cited.addAll(issue.refs());
      }
    }
    out.addAll(frame);
    return out;
  }

  private static boolean raises(LegalIssue issue, NarrativeAnalysis a) {
    boolean raised = issue.facets().isEmpty() || issue.facets().stream().anyMatch(a::hasFacet);
    boolean moot = issue.unless().stream().anyMatch(a::hasFacet);
    boolean signalled = issue.signals().isEmpty() || issue.signals().stream().anyMatch(a::has);
    return raised && !moot && signalled;
  }
}
