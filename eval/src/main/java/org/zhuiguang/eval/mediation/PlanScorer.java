package org.zhuiguang.eval.mediation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.eval.answers.AnswerScorer;
import org.zhuiguang.eval.gold.CitationLookup;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.input.MediationCase;
import org.zhuiguang.eval.input.StatuteRef;

/**
 * Scores {@code plan --json} objects against mediation cases, as tools/score_plans.py does. Every
 * metric is averaged over all cases (a missing plan scores 0) except {@code citation_validity},
 * which is over all the plans' articles.
 */
public final class PlanScorer {

  /** The sections DOMAIN.md requires of a plan; completeness also needs two parties. */
  public static final List<String> SECTIONS =
      List.of(
          "dispute_type",
          "risk_level",
          "risk_reason",
          "escalation",
          "deadlines",
          "parties",
          "articles",
          "departments",
          "steps",
          "options",
          "fallbacks");

  /** The procedural frame of every mediation: its articles are acceptable in any case. */
  public static final Set<String> FRAME = Set.of("中华人民共和国人民调解法", "深圳经济特区矛盾纠纷多元化解条例");

  public static final List<String> METRICS =
      List.of(
          "type_accuracy",
          "risk_accuracy",
          "escalation_accuracy",
          "gold_article_recall",
          "article_precision",
          "department_recall",
          "department_precision",
          "citation_validity",
          "completeness");

  private final CitationLookup lookup;

  public PlanScorer(CitationLookup lookup) {
    this.lookup = lookup;
  }

  /** One case's scores (citation counts instead of a validity share). */
  public record CaseScore(String id, Map<String, Double> metrics, int cited, int valid) {}

  public record Scores(Map<String, Double> metrics, List<CaseScore> perCase, int plansFound) {}

  public Scores score(List<MediationCase> cases, Map<String, ? extends JsonNode> plansById) {
    Map<String, Double> sums = new LinkedHashMap<>();
    METRICS.forEach(m -> sums.put(m, 0.0));
    List<CaseScore> perCase = new ArrayList<>();
    int cited = 0;
    int valid = 0;
    int found = 0;
    for (MediationCase c : cases) {
      JsonNode p = plansById.get(c.id());
      if (p != null) {
        found++;
      } else {
        p = EvalJson.object();
      }
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("type_accuracy", same(p, "dispute_type", c.disputeType()));
      m.put("risk_accuracy", same(p, "risk_level", c.riskLevel()));
      m.put("escalation_accuracy", same(p, "escalation", c.escalation()));
      List<JsonNode> rawArticles = new ArrayList<>();
      JsonNode articles = p.get("articles");
      if (articles != null && articles.isArray()) {
        articles.forEach(rawArticles::add);
      }
      List<StatuteRef> arts = new ArrayList<>();
      rawArticles.forEach(a -> arts.add(lookup.canonical(StatuteRef.fromJson(a))));
      Set<String> gold = keys(c.goldArticles());
      Set<String> ok = new HashSet<>(gold);
      ok.addAll(keys(c.acceptableArticles()));
      Set<String> artKeys = new HashSet<>();
      arts.forEach(a -> artKeys.add(a.key()));
      m.put(
          "gold_article_recall",
          share(gold.stream().filter(artKeys::contains).count(), gold.size()));
      long acceptable =
          arts.stream().filter(a -> ok.contains(a.key()) || FRAME.contains(a.law())).count();
      m.put("article_precision", share(acceptable, arts.size()));
      Set<String> deps = new HashSet<>();
      JsonNode named = p.get("departments");
      if (named != null && named.isArray()) {
        named.forEach(d -> deps.add(d.asText()));
      }
      Set<String> goldDeps = new HashSet<>(c.departments());
      long common = goldDeps.stream().filter(deps::contains).count();
      m.put("department_recall", share(common, goldDeps.size()));
      m.put("department_precision", share(common, deps.size()));
      int caseValid = 0;
      for (int i = 0; i < arts.size(); i++) {
        caseValid += valid(arts.get(i), rawArticles.get(i)) ? 1 : 0;
      }
      cited += arts.size();
      valid += caseValid;
      m.put("completeness", complete(p) ? 1.0 : 0.0);
      m.forEach((name, v) -> sums.merge(name, v, Double::sum));
      perCase.add(new CaseScore(c.id(), m, arts.size(), caseValid));
    }
    int n = cases.size();
    Map<String, Double> out = new LinkedHashMap<>();
    for (String name : METRICS) {
      out.put(name, n == 0 ? 0.0 : sums.get(name) / n);
    }
    out.put("citation_validity", cited == 0 ? 0.0 : (double) valid / cited);
    return new Scores(out, perCase, found);
  }

  /** Whether a plan holds every section (each non-empty) and names at least two parties. */
  public static boolean complete(JsonNode plan) {
    for (String section : SECTIONS) {
      if (!EvalJson.truthy(plan.get(section))) {
        return false;
      }
    }
    JsonNode parties = plan.get("parties");
    return parties != null && parties.isArray() && parties.size() >= 2;
  }

  private boolean valid(StatuteRef ref, JsonNode raw) {
    Optional<StatuteArticle> article = lookup.article(ref);
    String quoted = AnswerScorer.normalize(EvalJson.text(raw, "text"));
    return article.isPresent()
        && !quoted.isEmpty()
        && AnswerScorer.normalize(article.get().text()).contains(quoted);
  }

  private Set<String> keys(List<StatuteRef> refs) {
    Set<String> keys = new HashSet<>();
    refs.forEach(r -> keys.add(lookup.canonical(r).key()));
    return keys;
  }

  private static double same(JsonNode plan, String field, String expected) {
    JsonNode value = plan.get(field);
    return value != null && value.isTextual() && value.textValue().equals(expected) ? 1.0 : 0.0;
  }

  private static double share(long part, int whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
