package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.ArticleNumber;

/**
 * Re-indexing while the service answers: an uploaded statute is stored and indexed by a job with
 * progress, a second job meanwhile gets 409, queries keep being answered from the generation served
 * until the switch, and files that are not statutes are refused with the reason.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class IndexJobsTest {

  static final String BIG_LAW = "示范大型测试条例";
  static final int ARTICLES = 3000;

  /** An invented statute large enough that indexing it takes a moment. */
  static String bigStatute() {
    StringBuilder md =
        new StringBuilder("# ")
            .append(BIG_LAW)
            .append("\n\n2023年1月1日 示范立法会议通过（测试用的虚构法规）\n\n<!-- INFO END -->\n\n");
    for (int i = 1; i <= ARTICLES; i++) {
      md.append(ArticleNumber.of(i).toChinese())
          .append(" 本条规定示范事项第")
          .append(i)
          .append("号，调解员应当记录噪声纠纷的处理经过。\n\n");
    }
    return md.toString();
  }

  @Test
  void anUploadIsIndexedWhileQueriesKeepBeingAnswered() throws Exception {
    JsonNode before = ServiceTest.JSON.readTree(ServiceTest.get("/api/index").body());
    AtomicBoolean querying = new AtomicBoolean(true);
    List<String> failures = new CopyOnWriteArrayList<>();
    AtomicInteger answered = new AtomicInteger();
    Thread client =
        new Thread(
            () -> {
              while (querying.get()) {
                try {
                  HttpResponse<String> r =
                      ServiceTest.get("/api/search?mode=bm25&k=5&q=" + ServiceTest.enc("空调冷凝水"));
                  JsonNode json = ServiceTest.JSON.readTree(r.body());
                  if (r.statusCode() != 200
                      || !json.get("results").get(0).get("law").asText().equals("示范相邻关系法")) {
                    failures.add(r.statusCode() + " " + r.body());
                  }
                  answered.incrementAndGet();
                } catch (Exception e) {
                  failures.add(e.toString());
                }
              }
            });
    client.start();
    try {
      HttpResponse<String> upload =
          ServiceTest.postAsMaintainer(
              "/api/index/laws?name=" + ServiceTest.enc(BIG_LAW + ".md"),
              "text/markdown",
              bigStatute().getBytes(StandardCharsets.UTF_8));
      assertEquals(202, upload.statusCode(), upload.body());
      String id = ServiceTest.JSON.readTree(upload.body()).get("job").get("id").asText();

      HttpResponse<String> second =
          ServiceTest.postAsMaintainer(
              "/api/index/jobs",
              "application/json",
              "{\"action\":\"rescan\"}".getBytes(StandardCharsets.UTF_8));
      assertEquals(409, second.statusCode(), second.body());
      assertEquals("index_busy", ServiceTest.JSON.readTree(second.body()).get("error").asText());

      JsonNode job = waitFor(id);
      assertEquals("done", job.get("state").asText(), job.toString());
      assertEquals(1.0, job.get("progress").asDouble(), 1e-9);
    } finally {
      querying.set(false);
      client.join();
    }
    assertTrue(failures.isEmpty(), failures.toString());
    assertTrue(answered.get() > 0);

    JsonNode after = ServiceTest.JSON.readTree(ServiceTest.get("/api/index").body());
    assertNotEquals(before.get("generation").asText(), after.get("generation").asText());
    assertEquals(before.get("laws").asInt() + 1, after.get("laws").asInt());
    HttpResponse<String> found =
        ServiceTest.get("/api/search?mode=bm25&k=3&q=" + ServiceTest.enc("示范事项第2999号"));
    JsonNode hit = ServiceTest.JSON.readTree(found.body()).get("results").get(0);
    assertEquals(BIG_LAW, hit.get("law").asText(), found.body());
    assertEquals(2999, hit.get("article").asInt());

    HttpResponse<String> rescan =
        ServiceTest.postAsMaintainer(
            "/api/index/jobs",
            "application/json",
            "{\"action\":\"rescan\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(202, rescan.statusCode(), rescan.body());
    JsonNode done = waitFor(ServiceTest.JSON.readTree(rescan.body()).get("job").get("id").asText());
    assertEquals("done", done.get("state").asText(), done.toString());
  }

  static JsonNode waitFor(String id) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = ServiceTest.get("/api/index/jobs/" + id);
      assertEquals(200, r.statusCode(), r.body());
      JsonNode job = ServiceTest.JSON.readTree(r.body());
      double p = job.get("progress").asDouble();
      assertTrue(p >= 0 && p <= 1, job.toString());
      String state = job.get("state").asText();
      if (state.equals("done") || state.equals("failed")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  @Test
  void filesThatAreNotStatutesAreRefusedWithTheReason() throws Exception {
    record Case(String contentType, byte[] body, String name) {}
    List<Case> cases =
        List.of(
            new Case("text/plain", "这不是法规，只是一段随便写的文字。".getBytes(StandardCharsets.UTF_8), null),
            new Case(
                "text/markdown", "# 标题\n\n没有任何条文的正文。\n".getBytes(StandardCharsets.UTF_8), null),
            new Case("text/markdown", new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28}, null),
            new Case("text/markdown", new byte[0], null),
            new Case(
                "text/markdown",
                "# 示范\n\n第一条 内容。\n".getBytes(StandardCharsets.UTF_8),
                "../evil.md"),
            new Case(
                "text/markdown", "# 示范\n\n第一条 内容。\n".getBytes(StandardCharsets.UTF_8), "evil.sh"));
    for (Case c : cases) {
      String path =
          "/api/index/laws" + (c.name() == null ? "" : "?name=" + ServiceTest.enc(c.name()));
      HttpResponse<String> r = ServiceTest.postAsMaintainer(path, c.contentType(), c.body());
      assertTrue(
          r.statusCode() >= 400 && r.statusCode() < 500, c + " -> " + r.statusCode() + r.body());
      JsonNode error = ServiceTest.JSON.readTree(r.body());
      assertTrue(error.get("detail").asText().length() > 5, r.body());
    }
    HttpResponse<String> json =
        ServiceTest.postAsMaintainer(
            "/api/index/laws", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(415, json.statusCode(), json.body());
    HttpResponse<String> badAction =
        ServiceTest.postAsMaintainer(
            "/api/index/jobs",
            "application/json",
            "{\"action\":\"drop\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, badAction.statusCode(), badAction.body());
  }

  @Test
  void reindexingNeedsTheMaintainerRoleAndEveryAttemptIsAudited() throws Exception {
    byte[] rescan = "{\"action\":\"rescan\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> anonymous =
        ServiceTest.post("/api/index/jobs", "application/json", rescan);
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

    CaseDraftApiTest.Reply worker =
        CaseDraftApiTest.call("worker1", "POST", "/api/index/jobs", "{\"action\":\"rescan\"}");
    assertEquals(403, worker.status(), worker.raw());

    CaseDraftApiTest.Reply audit =
        CaseDraftApiTest.call("auditor1", "GET", "/api/audit?limit=20", null);
    assertEquals(200, audit.status(), audit.raw());
    boolean anonymousRow = false;
    boolean workerRow = false;
    for (JsonNode row : audit.json().get("rows")) {
      if (row.get("action").asText().equals("index.rescan")) {
        anonymousRow |=
            row.get("user").asText().equals("anonymous")
                && row.get("outcome").asText().equals("denied 401");
        workerRow |=
            row.get("user").asText().equals("worker1")
                && row.get("outcome").asText().equals("denied 403");
      }
    }
    assertTrue(anonymousRow && workerRow, audit.raw());
  }
}
