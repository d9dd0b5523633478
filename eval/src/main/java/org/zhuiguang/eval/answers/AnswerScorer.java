package org.zhuiguang.eval.answers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.eval.gold.CitationLookup;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.input.StatuteRef;

/**
 * Scores {@code ask --json} objects against the questions, as tools/score_answers.py does.
 *
 * <ul>
 *   <li>{@code citation_recall}: per question, the share of its gold articles among the cited ones,
 *       averaged over every question (no answer scores 0);
 *   <li>{@code citation_precision}: per question, the share of its citations that are gold (0 when
 *       it cites nothing), averaged over every question;
 *   <li>{@code citation_validity}: over all citations, the share whose article exists and whose
 *       quoted text, whitespace removed, is non-empty and part of the article's text (0 when
 *       nothing is cited);
 *   <li>{@code citations_per_answer}: citations over questions;
 *   <li>{@code rouge_l_f1}: character-level ROUGE-L against the reference answer, averaged over the
 *       questions that have one.
 * </ul>
 *
 * A citation marked {@code "extracted": true} was found in the answer's text (an LLM baseline
 * without structured citations): it has no quoted text, so it is valid when its article exists.
 */
public final class AnswerScorer {

  public static final List<String> METRICS =
      List.of(
          "citation_recall",
          "citation_precision",
          "citation_validity",
          "rouge_l_f1",
          "citations_per_answer",
          "answered");

  private final CitationLookup lookup;

  public AnswerScorer(CitationLookup lookup) {
    this.lookup = lookup;
  }

  /** The scores of one question. */
  public record QueryScore(
      String id, double recall, double precision, int cited, int valid, Optional<Double> rougeL) {}

  /** The metrics and the per-question scores. */
  public record Scores(Map<String, Double> metrics, List<QueryScore> perQuery) {}

  public Scores score(List<EvalQuery> queries, Map<String, ? extends JsonNode> answersById) {
    List<QueryScore> perQuery = new ArrayList<>();
    double recall = 0;
    double precision = 0;
    double rouge = 0;
    int withReference = 0;
    int cited = 0;
    int valid = 0;
    int answered = 0;
    for (EvalQuery q : queries) {
      JsonNode a = answersById.get(q.id());
      answered += a != null && EvalJson.truthy(a.get("answer")) ? 1 : 0;
      Set<String> gold = new HashSet<>();
      for (StatuteRef ref : q.gold()) {
        gold.add(key(ref));
      }
      Set<String> got = new HashSet<>();
      int qCited = 0;
      int qValid = 0;
      int qGold = 0;
      JsonNode citations = a == null ? null : a.get("citations");
      if (citations != null && citations.isArray()) {
        for (JsonNode c : citations) {
          StatuteRef ref = StatuteRef.fromJson(c);
          String key = key(ref);
          qCited++;
          qValid += valid(c, ref) ? 1 : 0;
          qGold += gold.contains(key) ? 1 : 0;
          got.add(key);
        }
      }
      double qRecall = (double) gold.stream().filter(got::contains).count() / gold.size();
      double qPrecision = qCited == 0 ? 0.0 : (double) qGold / qCited;
      Optional<Double> qRouge =
          q.referenceAnswer()
              .map(reference -> RougeL.f1(a == null ? "" : EvalJson.text(a, "answer"), reference));
      recall += qRecall;
      precision += qPrecision;
      cited += qCited;
      valid += qValid;
      if (qRouge.isPresent()) {
        rouge += qRouge.get();
        withReference++;
      }
      perQuery.add(new QueryScore(q.id(), qRecall, qPrecision, qCited, qValid, qRouge));
    }
    int n = queries.size();
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("citation_recall", n == 0 ? 0.0 : recall / n);
    m.put("citation_precision", n == 0 ? 0.0 : precision / n);
    m.put("citation_validity", cited == 0 ? 0.0 : (double) valid / cited);
    m.put("rouge_l_f1", withReference == 0 ? 0.0 : rouge / withReference);
    m.put("citations_per_answer", n == 0 ? 0.0 : (double) cited / n);
    m.put("answered", (double) answered);
    return new Scores(m, perQuery);
  }

  private String key(StatuteRef ref) {
    return lookup.canonical(ref).key();
  }

  private boolean valid(JsonNode citation, StatuteRef ref) {
    Optional<StatuteArticle> article = lookup.article(ref);
    if (article.isEmpty()) {
      return false;
    }
    if (citation.path("extracted").asBoolean(false)) {
      return true;
    }
    String quoted = normalize(EvalJson.text(citation, "text"));
    return !quoted.isEmpty() && normalize(article.get().text()).contains(quoted);
  }

  /** The text without any whitespace, as the scorers compare quotations. */
  public static String normalize(String s) {
    return s == null ? "" : WHITESPACE.matcher(s).replaceAll("");
  }

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
}
