package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.service.LibraryService;
import org.zhuiguang.corpus.ArticleNumber;

/**
 * {@code POST /api/plans} in LLM mode against the loopback model stub: the exact request (schema
 * instructions, data blocks, masked personal data), the merge (the model writes the sides, the
 * grade and citations stay the rules' and the index's), and the fallbacks.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class PlanLlmTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PHONE = "13912345678";
  private static final String NARRATIVE =
      "工业园一家电子厂拖欠五名工人两个月工资共三万元，老板说下个月再发，工人代表电话" + PHONE + "，说不给钱就去劳动部门投诉。";
  private static final String LAW = "示范劳动报酬条例";

  static LlmStub stub;

  @Inject LibraryService library;

  @BeforeAll
  static void start() {
    stub = new LlmStub(ServiceTest.port());
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @BeforeEach
  void reset() {
    stub.reset();
  }

  static String reply(String refs, String interest) {
    return String.format(
        Locale.ROOT,
        """
        {"parties": [
          {"role": "被欠薪的工人", "position": "要求一次性付清两个月工资",
           "interests": ["尽快拿到工资维持生活", "%s"],
           "moves": [{"move": "向劳动监察投诉或申请仲裁", "cost": "需要一到两个月"}],
           "articles_for": [%s]},
          {"role": "电子厂", "position": "要求延期一个月支付",
           "interests": ["缓解资金周转压力"],
           "moves": [{"move": "拖延不付", "cost": "可能被责令支付并加付赔偿金"}]}],
         "options": ["本周内先付一半，下月十日前付清余款"]}
        """,
        interest,
        refs);
  }

  JsonNode plan() throws Exception {
    HttpResponse<String> r = PlanResourceTest.plan(Map.of("narrative", NARRATIVE));
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void asksForTheSchemaWithMaskedDataAndKeepsOnlyIndexedCitations() throws Exception {
    stub.reply(
        reply(
            "{\"law\": \""
                + LAW
                + "\", \"article\": 2}, {\"law\": \"中华人民共和国民法典\", \"article\": 288}",
            "依据《中华人民共和国民法典》第一千二百条要求赔偿"));
    JsonNode plan = plan();

    List<JsonNode> requests = stub.requests();
    assertEquals(1, requests.size());
    JsonNode messages = requests.get(0).get("messages");
    String system = messages.get(0).get("content").asText();
    String user = messages.get(1).get("content").asText();
    assertEquals("system", messages.get(0).get("role").asText());
    assertTrue(system.contains("JSON Schema"), system);
    assertTrue(system.contains("\"required\": [\"parties\", \"options\"]"), system);
    assertTrue(system.contains("\"articles_for\""), system);
    assertTrue(user.contains("<<<纠纷描述>>>") && user.contains("<<<条文>>>"), user);
    assertTrue(user.contains("[手机1]"), user);
    for (String sent : stub.traffic()) {
      assertFalse(sent.contains(PHONE), "the phone number left the host: " + sent);
    }
    assertTrue(user.contains("风险等级：较大"), user);

    assertEquals("llm", plan.get("mode").asText(), plan.toString());
    assertEquals("劳动报酬", plan.get("dispute_type").asText());
    assertEquals("较大", plan.get("risk_level").asText());
    assertEquals("社区发令-部门执行", plan.get("escalation").asText());
    JsonNode workers = plan.get("parties").get(0);
    assertEquals("被欠薪的工人", workers.get("role").asText());
    assertEquals(
        1, workers.get("interests").size(), "the sentence citing a missing article is dropped");
    assertEquals(List.of("本周内先付一半，下月十日前付清余款"), texts(plan.get("options")));
    boolean cited = false;
    for (JsonNode a : plan.get("articles")) {
      assertFalse(a.get("law").asText().contains("民法典"), "not in the fixture index: " + a);
      var article =
          library
              .get()
              .catalog()
              .article(a.get("law").asText(), ArticleNumber.of(a.get("article").asInt()))
              .orElseThrow(() -> new AssertionError("not in the index: " + a));
      assertEquals(article.text(), a.get("text").asText());
      cited |= a.get("law").asText().equals(LAW) && a.get("article").asInt() == 2;
    }
    assertTrue(cited, plan.get("articles").toString());
    assertTrue(
        plan.get("reasoning").toString().contains("已删除模型引用的"), plan.get("reasoning").toString());
  }

  @Test
  void anInvalidReplyFallsBackToTheOfflinePlanAndSaysSo() throws Exception {
    stub.reply("这是研判方案：建议双方协商。");
    JsonNode plan = plan();
    assertEquals("grounded", plan.get("mode").asText());
    assertTrue(plan.get("reasoning").get(0).asText().startsWith("LLM模式未生效"), plan.toString());
    assertEquals("较大", plan.get("risk_level").asText());
    assertTrue(plan.get("parties").size() >= 2);
  }

  @Test
  void aModelThatIsDownOrSlowFallsBack() throws Exception {
    stub.fail(503);
    stub.fail(503);
    JsonNode down = plan();
    assertEquals("grounded", down.get("mode").asText());
    assertTrue(down.get("reasoning").get(0).asText().startsWith("LLM模式未生效"));

    stub.reset();
    stub.slow(reply("", "x"), 4_000);
    long start = System.nanoTime();
    JsonNode slow = plan();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("grounded", slow.get("mode").asText());
    assertTrue(millis < 3_800, "the plan waited " + millis + " ms for a slow model");
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
