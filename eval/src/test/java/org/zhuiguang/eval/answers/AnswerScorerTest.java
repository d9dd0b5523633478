package org.zhuiguang.eval.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhuiguang.eval.TinyCorpus;
import org.zhuiguang.eval.gold.CatalogCitationLookup;
import org.zhuiguang.eval.input.EvalJson;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.report.EvalReport;

class AnswerScorerTest {

  private static final double EXACT = 1e-12;

  private CatalogCitationLookup lookup;
  private List<EvalQuery> queries;

  @BeforeEach
  void load() throws IOException {
    lookup = new CatalogCitationLookup(TinyCorpus.load());
    queries = EvalQuery.read(TinyCorpus.dir().resolve("queries.jsonl"));
  }

  /**
   * Agreement with tools/score_answers.py: {@code python3 score_answers.py tiny/corpus
   * tiny/queries.jsonl tiny/answers.jsonl} prints answered 3, citation_recall 0.4,
   * citation_validity 0.6, citations_per_answer 1.0. Precision and ROUGE-L (not in the script) were
   * worked out by hand: precision (1 + 1/2 + 0 + 0 + 0) / 5; ROUGE-L F1 8/9 for q1, 2/3 for q2.
   */
  @Test
  void agreesWithScoreAnswersOnTheTinyAnswers() throws IOException {
    List<JsonNode> answers = EvalJson.readLines(TinyCorpus.dir().resolve("answers.jsonl"));
    Map<String, Double> m =
        new AnswerEvaluation(lookup).scoreExternal(queries, answers).report().metrics();
    assertEquals(0.4, EvalReport.round4(m.get("citation_recall")), EXACT);
    assertEquals(0.6, EvalReport.round4(m.get("citation_validity")), EXACT);
    assertEquals(1.0, m.get("citations_per_answer"), EXACT);
    assertEquals(3.0, m.get("answered"), EXACT);
    assertEquals(0.3, m.get("citation_precision"), EXACT);
    assertEquals((8.0 / 9 + 2.0 / 3) / 5, m.get("rouge_l_f1"), EXACT);
  }

  @Test
  void extractsCitationsFromTheTextOfAnAnswerWithoutThem() throws IOException {
    ObjectNode answer = EvalJson.object();
    answer.put("id", "q1");
    answer.put("answer", "依据《民法典》第二百八十八条和《中华人民共和国民法典》第二百八十九条，另见《民法典》第二百八十八条、《民法典》第九千条。");
    AnswerEvaluation.Result r =
        new AnswerEvaluation(lookup).scoreExternal(queries, List.of(answer));
    ArrayNode citations = (ArrayNode) r.answers().get(0).get("citations");
    assertEquals(3, citations.size());
    assertEquals("中华人民共和国民法典", citations.get(0).get("law").asText());
    assertEquals(288, citations.get(0).get("article").asInt());
    assertEquals(9000, citations.get(2).get("article").asInt());
    Map<String, Double> m = r.report().metrics();
    assertEquals(1.0 / 5, m.get("citation_recall"), EXACT);
    assertEquals(2.0 / 3, m.get("citation_validity"), EXACT);
    assertEquals(2.0 / 3 / 5, m.get("citation_precision"), EXACT);
    assertEquals(1.0, m.get("answered"), EXACT);
  }

  @Test
  void producerAnswersAreTimedAndGetTheQuestionId() {
    AnswerEvaluation.Result r =
        new AnswerEvaluation(lookup)
            .run(
                queries,
                q -> {
                  if (q.id().equals("q4")) {
                    throw new IllegalStateException("model down");
                  }
                  ObjectNode a = EvalJson.object();
                  a.put("mode", "grounded");
                  a.put("answer", q.question());
                  a.putArray("citations");
                  return a;
                });
    assertEquals(5, r.answers().size());
    assertEquals("q1", r.answers().get(0).get("id").asText());
    assertEquals(5, r.report().latency().count());
    assertEquals(1, r.report().extra().get("failures"));
    assertEquals(4.0, r.report().metrics().get("answered"), EXACT);
  }

  @Test
  void rougeLIsCharacterLevel() {
    assertEquals(1.0, RougeL.f1("相邻 关系", "相邻关系"), EXACT);
    assertEquals(0.0, RougeL.f1("", "相邻关系"), EXACT);
    assertEquals(0.0, RougeL.f1("甲乙", "丙丁"), EXACT);
    // lcs("ABCBDAB", "BDCABA") = 4: P = 4/7, R = 4/6
    assertEquals(
        2 * (4.0 / 7) * (4.0 / 6) / (4.0 / 7 + 4.0 / 6), RougeL.f1("ABCBDAB", "BDCABA"), EXACT);
  }
}
