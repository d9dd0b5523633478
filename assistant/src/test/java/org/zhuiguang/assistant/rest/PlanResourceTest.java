package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.service.LibraryService;
import org.zhuiguang.corpus.ArticleNumber;

/** {@code POST /api/plans} over real HTTP on the fixture index. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class PlanResourceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject LibraryService library;

  static HttpResponse<String> plan(Object body) throws Exception {
    byte[] bytes =
        (body instanceof String s ? s : JSON.writeValueAsString(body))
            .getBytes(StandardCharsets.UTF_8);
    return ServiceTest.post("/api/plans", "application/json", bytes);
  }

  @Test
  void gradesTheDisputeAndQuotesOnlyTheIndex() throws Exception {
    HttpResponse<String> r =
        plan(
            Map.of(
                "narrative",
                "工地上包工头拖欠十五名工人两个月工资共九万元，工人们说再不给钱就去堵工地大门。",
                "occurred_on",
                "2026-10-01"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode plan = JSON.readTree(r.body());
    assertEquals("劳动报酬", plan.get("dispute_type").asText());
    assertEquals("重大", plan.get("risk_level").asText());
    assertEquals("提级-街道或区3个工作日", plan.get("escalation").asText());
    assertFalse(plan.get("risk_reason").asText().isBlank());
    assertTrue(plan.get("parties").size() >= 2);
    assertTrue(plan.get("steps").size() > 0);
    assertEquals("2026-10-01", plan.get("occurred_on").asText());
    for (JsonNode a : plan.get("articles")) {
      var article =
          library
              .get()
              .catalog()
              .article(
                  a.get("law").asText(),
                  ArticleNumber.of(a.get("article").asInt(), a.path("suffix").asInt(0)))
              .orElseThrow(() -> new AssertionError("not in the index: " + a));
      assertEquals(article.text(), a.get("text").asText());
    }
  }

  @Test
  void exportsThePlanAsMarkdownAndDocx() throws Exception {
    byte[] body =
        JSON.writeValueAsString(Map.of("narrative", "楼上住户空调外机冷凝水一直滴到楼下窗台，协商无果。"))
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> md =
        ServiceTest.post("/api/plans/export?format=md", "application/json", body);
    assertEquals(200, md.statusCode(), md.body());
    assertTrue(md.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
    assertTrue(md.body().startsWith("# 纠纷研判方案"), md.body());
    assertTrue(md.body().contains("相邻关系"), md.body());

    HttpResponse<byte[]> docx =
        ServiceTest.HTTP.send(
            java.net.http.HttpRequest.newBuilder(ServiceTest.uri("/api/plans/export?format=docx"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, docx.statusCode());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      assertEquals("# 纠纷研判方案", doc.getParagraphs().get(0).getText());
      var custom = doc.getProperties().getCustomProperties();
      assertEquals(64, custom.getProperty("zg.sha256").getLpwstr().length());
      assertEquals("grounded", custom.getProperty("zg.model").getLpwstr());
    }

    HttpResponse<String> bad =
        ServiceTest.post("/api/plans/export?format=pdf", "application/json", body);
    assertEquals(400, bad.statusCode(), bad.body());
  }

  @Test
  void refusesBadInputWithAReason() throws Exception {
    for (Object bad :
        new Object[] {
          "",
          "[]",
          "{\"narrative\": 3}",
          Map.of("narrative", "   "),
          Map.of("narrative", "邻".repeat(PlanBuilder.MAX_NARRATIVE + 1)),
          Map.of("narrative", "楼上漏水", "occurred_on", "昨天")
        }) {
      HttpResponse<String> r = plan(bad);
      assertEquals(400, r.statusCode(), bad + " -> " + r.body());
      assertTrue(JSON.readTree(r.body()).has("error"), r.body());
    }
  }
}
