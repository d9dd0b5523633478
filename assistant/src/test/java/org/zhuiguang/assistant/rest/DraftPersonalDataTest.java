package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Personal data and LLM-mode drafts (SECURITY.md, "Personal data"): a case seeded with a party's
 * name, phone, identity number, bank card and address is drafted in LLM mode against a stub model;
 * every byte any client sent to the model's host and every log record of the service during the
 * test hold none of those values, while the stored draft shows them restored where the model put
 * their placeholders. The model's prose is used (mode llm) only because it cites an article the
 * index holds; the quoted text comes from the index.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class DraftPersonalDataTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NAME = "司马晓芸";
  static final String PHONE = "13712345678";
  static final String ID_NUMBER = "11010519491231002X";
  static final String CARD = "6222 0212 3456 7890 128";
  static final String ADDRESS = "示范市光明区凤凰街道示范路88号3栋502室";
  static final String EMPLOYER = "示范电子厂";

  /** Every form of a seeded value that must never leave the host. */
  static final List<String> SEEDED =
      List.of(
          NAME,
          PHONE,
          ID_NUMBER,
          ID_NUMBER.toLowerCase(Locale.ROOT),
          CARD,
          CARD.replace(" ", ""),
          ADDRESS);

  static LlmStub stub;
  static final List<String> logs = new ArrayList<>();
  static final Handler CAPTURE =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          StringBuilder out = new StringBuilder();
          out.append(r.getLoggerName()).append(' ').append(r.getMessage());
          if (r.getParameters() != null) {
            for (Object p : r.getParameters()) {
              out.append(' ').append(p);
            }
          }
          if (r.getThrown() != null) {
            StringWriter trace = new StringWriter();
            r.getThrown().printStackTrace(new PrintWriter(trace));
            out.append('\n').append(trace);
          }
          synchronized (logs) {
            logs.add(out.toString());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  static void start() throws Exception {
    stub = new LlmStub(ServiceTest.port());
    Logger.getLogger("").addHandler(CAPTURE);
    // The wage plan cites articles of this title; the fixture index gets an invented version.
    DraftImpactTest.upload(DraftImpactTest.FIRST_FILE, DraftImpactTest.statute("2020年1月1日", 85, 0));
  }

  @AfterAll
  static void stop() throws Exception {
    Logger.getLogger("").removeHandler(CAPTURE);
    stub.close();
    DraftImpactTest.restore();
  }

  static String caseBody() throws IOException {
    ObjectNode c = JSON.createObjectNode();
    c.put("title", NAME + "与" + EMPLOYER + "拖欠工资纠纷");
    c.put(
        "narrative",
        NAME
            + "在"
            + EMPLOYER
            + "工作，厂方拖欠工资三个月共计一万二千元，多次催要未果。"
            + NAME
            + "住"
            + ADDRESS
            + "，电话"
            + PHONE
            + "，身份证号"
            + ID_NUMBER.toLowerCase(Locale.ROOT)
            + "，工资卡"
            + CARD.replace(" ", "")
            + "。");
    ObjectNode p = c.putArray("parties").addObject();
    p.put("name", NAME);
    p.put("phone", PHONE);
    p.put("id_number", ID_NUMBER);
    p.put("bank_card", CARD);
    p.put("address", ADDRESS);
    p.put("role", "申请人");
    c.withArray("parties").addObject().put("name", EMPLOYER).put("role", "被申请人");
    c.putArray("assignees").add("advisor1");
    return JSON.writeValueAsString(c);
  }

  static JsonNode draft(long caseId) {
    CaseDraftApiTest.Reply r =
        CaseDraftApiTest.call(
            "worker1",
            "POST",
            "/api/cases/" + caseId + "/drafts",
            "{\"question\": \"厂方应否支付工资？请联系" + PHONE + "\"}");
    assertEquals(201, r.status(), r.raw());
    return r.json();
  }

  @Test
  void noSeededValueReachesTheModelOrTheLogsAndTheDraftShowsThemRestored() throws Exception {
    stub.reset();
    synchronized (logs) {
      logs.clear();
    }
    CaseDraftApiTest.Reply created =
        CaseDraftApiTest.call("worker1", "POST", "/api/cases", caseBody());
    assertEquals(201, created.status(), created.raw());
    long caseId = created.json().path("id").asLong();

    // The model is down (503): the offline draft, which says so; its articles are the index's.
    JsonNode offline = draft(caseId);
    assertEquals("offline", offline.path("metadata").path("mode").asText(), offline.toString());
    assertEquals("llm-unavailable", offline.path("metadata").path("fallback").asText());
    assertEquals("none", offline.path("metadata").path("model").asText());
    assertTrue(offline.path("body").asText().contains("由离线规则生成"), offline.toString());
    JsonNode article = null;
    for (JsonNode c : offline.path("citations")) {
      if (DraftImpactTest.LAW.equals(c.path("law").asText())) {
        article = c;
        break;
      }
    }
    assertTrue(article != null, "the wage case cites the uploaded law: " + offline);
    int beforeReply = stub.traffic().size();
    assertTrue(beforeReply >= 1, "the first draft asked the model");
    String ref =
        "《"
            + DraftImpactTest.LAW
            + "》"
            + org.zhuiguang.corpus.ArticleNumber.of(article.path("article").asInt()).toChinese();

    // The model answers with placeholders only; the draft shows the parties' real data.
    ObjectNode reply = JSON.createObjectNode();
    reply.put("analysis", "依据" + ref + "，[当事人1]有权要求[当事人2]足额支付拖欠的工资。");
    reply.put("conclusion", "建议组织调解，通知[当事人1]（电话[电话1]，住[地址1]）到场。");
    reply.put("risks", "须核对[银行卡1]的工资流水和[身份证1]对应的劳动合同，证据不足时难以主张。");
    stub.reply(reply.toString());
    JsonNode llm = draft(caseId);
    JsonNode meta = llm.path("metadata");
    assertEquals("llm", meta.path("mode").asText(), llm.toString());
    assertEquals(LlmStub.MODEL, meta.path("model").asText());
    assertTrue(meta.path("fallback").isMissingNode(), meta.toString());
    String body = llm.path("body").asText();
    assertTrue(body.contains(NAME + "有权要求" + EMPLOYER + "足额支付"), body);
    assertTrue(body.contains("电话" + PHONE + "，住" + ADDRESS), body);
    assertTrue(body.contains("须核对" + CARD + "的工资流水和" + ID_NUMBER + "对应"), body);
    assertFalse(body.contains("[当事人1]") || body.contains("[电话1]"), body);
    assertTrue(body.contains("“" + article.path("text").asText() + "”"), body);
    JsonNode stored =
        CaseDraftApiTest.call("advisor1", "GET", "/api/drafts/" + llm.path("id").asLong(), null)
            .json();
    assertEquals(body, stored.path("body").asText());

    // Everything sent to the model's host: the first draft's request (503; the client may retry
    // it), then the second draft's single request.
    List<String> traffic = stub.traffic();
    assertEquals(beforeReply + 1, traffic.size(), traffic.toString());
    for (String raw : traffic) {
      String decoded = JSON.readTree(raw.substring(raw.indexOf("\n\n") + 2)).toString();
      assertTrue(decoded.contains("[当事人1]（申请人）") && decoded.contains("拖欠工资三个月"), decoded);
      assertTrue(decoded.contains("[电话1]") && decoded.contains("[地址1]"), decoded);
      for (String value : SEEDED) {
        assertFalse(raw.contains(value), value + " was sent to the model: " + raw);
        assertFalse(decoded.contains(value), value + " was sent to the model: " + decoded);
      }
    }

    // Every log record of the service meanwhile; the capture itself is checked with a record.
    Logger.getLogger(DraftPersonalDataTest.class.getName()).info("capture check " + EMPLOYER);
    List<String> seen;
    synchronized (logs) {
      seen = List.copyOf(logs);
    }
    assertTrue(
        seen.stream().anyMatch(l -> l.contains("capture check " + EMPLOYER)), seen.toString());
    for (String line : seen) {
      for (String value : SEEDED) {
        assertFalse(line.contains(value), value + " was logged: " + line);
      }
    }
  }

  @Test
  void aSlowModelDoesNotHoldUpOtherAuditedActions() throws Exception {
    stub.reset();
    CaseDraftApiTest.Reply created =
        CaseDraftApiTest.call("worker1", "POST", "/api/cases", caseBody());
    long caseId = created.json().path("id").asLong();
    stub.slow("{}", 1_500);
    java.util.concurrent.CompletableFuture<Long> drafted =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              draft(caseId);
              return System.nanoTime();
            });
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (stub.traffic().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(1, stub.traffic().size(), "the draft request reached the model");
    // While the model thinks, another audited action (with its audit row) goes through.
    CaseDraftApiTest.Reply listed = CaseDraftApiTest.call("worker1", "GET", "/api/cases", null);
    long listedAt = System.nanoTime();
    assertEquals(200, listed.status(), listed.raw());
    long draftedAt = drafted.get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertTrue(listedAt < draftedAt, "the case list waited for the model");
    // Health reports the drafts' model beside the answers' (its circuit is closed).
    String health = ServiceTest.get("/q/health/live").body();
    assertTrue(
        health.contains("\"drafts\": \"up\"") || health.contains("\"drafts\":\"up\""), health);
  }
}
