package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhuiguang.assistant.audit.AuditRow;
import org.zhuiguang.assistant.audit.AuditVerifier;
import org.zhuiguang.assistant.opinion.OpinionLabels;
import org.zhuiguang.assistant.opinion.OpinionMetadata;
import org.zhuiguang.assistant.security.AuditTrail;

/**
 * Cases, drafts and audit over real HTTP with the demo accounts: the role x endpoint matrix (each
 * cell also checks its audit row), the review cycle, masking, self-approval and the hash chain.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class CaseDraftApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static final String PHONE = "13987654321";
  static final String ID_NUMBER = "11010519491231002X";
  static final String NAME = "欧阳明远";
  static final String CASE_BODY =
      String.format(
          java.util.Locale.ROOT,
          """
      {"title": "拖欠工资纠纷", "narrative": "申请人在某公司工作，公司拖欠工资三个月共计一万二千元，多次催要未果。",
       "parties": [{"name": "%s", "phone": "%s", "id_number": "%s", "address": "示范市示范区示范路1号", "role": "申请人"},
                   {"name": "某公司", "role": "被申请人"}],
       "assignees": ["advisor1", "advisor2", "mediator1"]}
          """,
          NAME,
          PHONE,
          ID_NUMBER);

  static final String REVEAL =
      "{\"party\": 0, \"field\": \"phone\", \"reason\": \"需要电话通知当事人到场调解\"}";

  @Inject AuditTrail trail;

  record Reply(int status, JsonNode json, String raw) {}

  static Reply call(String user, String method, String path, String body) {
    try {
      int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) {
        b.header("Content-Type", "application/json");
      }
      if (user != null) {
        String token = user + ":demo-" + user;
        b.header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
      }
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (r.body() != null && r.body().startsWith("{")) {
        json = JSON.readTree(r.body());
      }
      return new Reply(r.statusCode(), json, r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static long newCase() {
    Reply r = call("worker1", "POST", "/api/cases", CASE_BODY);
    assertEquals(201, r.status(), r.raw());
    return r.json().path("id").asLong();
  }

  static long newDraft(long caseId, String user) {
    Reply r = call(user, "POST", "/api/cases/" + caseId + "/drafts", "{}");
    assertEquals(201, r.status(), r.raw());
    return r.json().path("id").asLong();
  }

  static long inReview() {
    long draft = newDraft(newCase(), "worker1");
    assertEquals(200, call("worker1", "POST", "/api/drafts/" + draft + "/submit", null).status());
    return draft;
  }

  /** One cell: who, which endpoint, the expected status and audit action. */
  record Cell(String user, String method, String path, String body, int status, String action) {
    @Override
    public String toString() {
      return (user == null ? "anonymous" : user) + " " + method + " " + path + " -> " + status;
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> out = new ArrayList<>();
    String[] users = {"worker1", "mediator1", "advisor1", "maintainer1", "auditor1", null};
    int[] createCase = {201, 201, 403, 403, 403, 401};
    int[] listCases = {200, 200, 200, 403, 403, 401};
    int[] viewCase = {200, 200, 200, 403, 403, 401};
    int[] approve = {403, 403, 200, 403, 403, 401};
    int[] audit = {403, 403, 403, 403, 200, 401};
    int[] impacts = {403, 403, 200, 403, 403, 401};
    for (int i = 0; i < users.length; i++) {
      String u = users[i];
      out.add(
          Arguments.of(new Cell(u, "POST", "/api/cases", CASE_BODY, createCase[i], "case.create")));
      out.add(Arguments.of(new Cell(u, "GET", "/api/cases", null, listCases[i], "case.list")));
      out.add(
          Arguments.of(new Cell(u, "GET", "/api/cases/{case}", null, viewCase[i], "case.view")));
      out.add(
          Arguments.of(new Cell(u, "GET", "/api/drafts/{draft}", null, viewCase[i], "draft.view")));
      out.add(
          Arguments.of(
              new Cell(
                  u, "POST", "/api/drafts/{review}/approve", null, approve[i], "draft.approve")));
      out.add(Arguments.of(new Cell(u, "GET", "/api/audit?limit=5", null, audit[i], "audit.view")));
      out.add(Arguments.of(new Cell(u, "GET", "/api/impacts", null, impacts[i], "impact.list")));
      out.add(
          Arguments.of(
              new Cell(u, "POST", "/api/cases/{case}/reveal", REVEAL, viewCase[i], "case.reveal")));
      out.add(
          Arguments.of(new Cell(u, "GET", "/api/audit/reveals", null, audit[i], "audit.reveals")));
    }
    // Not assigned: 404, never 403, so ids are not probed.
    out.add(Arguments.of(new Cell("worker2", "GET", "/api/cases/{case}", null, 404, "case.view")));
    out.add(
        Arguments.of(new Cell("worker2", "GET", "/api/drafts/{draft}", null, 404, "draft.view")));
    out.add(Arguments.of(new Cell("advisor1", "GET", "/api/cases/999999", null, 404, "case.view")));
    out.add(
        Arguments.of(
            new Cell("worker2", "POST", "/api/cases/{case}/reveal", REVEAL, 404, "case.reveal")));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void roleEndpointMatrix(Cell cell) {
    long caseId = newCase();
    long draft = newDraft(caseId, "worker1");
    String path =
        cell.path()
            .replace("{case}", Long.toString(caseId))
            .replace("{draft}", Long.toString(draft))
            .replace("{review}", cell.path().contains("{review}") ? Long.toString(inReview()) : "");
    Reply r = call(cell.user(), cell.method(), path, cell.body());
    assertEquals(cell.status(), r.status(), r.raw());
    if (r.status() >= 400) {
      assertTrue(r.json() != null && r.json().has("error"), "JSON error: " + r.raw());
    }
    AuditRow last = trail.latest(1).get(0);
    assertEquals(cell.user() == null ? "anonymous" : cell.user(), last.user());
    assertEquals(cell.action(), last.action());
    String outcome = r.status() < 300 ? "ok" : "denied " + r.status();
    assertEquals(outcome, last.outcome());
    assertFalse(last.ip().isBlank());
  }

  @Test
  void reviewCycleKeepsLabelVersionsAndDecisions() {
    long caseId = newCase();
    Reply created = call("worker1", "POST", "/api/cases/" + caseId + "/drafts", "{}");
    JsonNode d = created.json();
    long id = d.path("id").asLong();
    assertEquals("draft", d.path("status").asText());
    assertEquals(1, d.path("version").asInt());
    String body = d.path("body").asText();
    assertTrue(body.startsWith(OpinionLabels.AI_LABEL), body);
    JsonNode m = d.path("metadata");
    for (String f : List.of("label", "producer", "content_id", "model", "created_at", "sha256")) {
      assertFalse(m.path(f).asText().isEmpty(), f);
    }
    assertEquals(OpinionMetadata.sha256(body), m.path("sha256").asText());

    // Approving a draft not in review is a conflict; the author may not approve.
    assertEquals(409, call("advisor1", "POST", "/api/drafts/" + id + "/approve", null).status());
    assertEquals(200, call("worker1", "POST", "/api/drafts/" + id + "/submit", null).status());
    assertEquals(409, call("worker1", "PUT", "/api/drafts/" + id, "{\"body\": \"x\"}").status());
    Reply rejected =
        call("advisor1", "POST", "/api/drafts/" + id + "/reject", "{\"reason\": \"补充证据\"}");
    assertEquals("rejected", rejected.json().path("status").asText());

    Reply edited = call("worker1", "PUT", "/api/drafts/" + id, "{\"body\": \"修改后的意见正文。\"}");
    assertEquals(200, edited.status(), edited.raw());
    assertEquals(2, edited.json().path("version").asInt());
    assertEquals("draft", edited.json().path("status").asText());
    assertTrue(edited.json().path("body").asText().startsWith(OpinionLabels.AI_LABEL));
    assertEquals(
        201,
        call("advisor2", "POST", "/api/drafts/" + id + "/comments", "{\"text\": \"请核对金额\"}")
            .status());
    assertEquals(200, call("worker1", "POST", "/api/drafts/" + id + "/submit", null).status());
    Reply approved = call("advisor2", "POST", "/api/drafts/" + id + "/approve", null);
    assertEquals(200, approved.status(), approved.raw());
    JsonNode a = approved.json();
    assertEquals("approved", a.path("status").asText());
    assertEquals("advisor2", a.path("metadata").path("reviewer").asText());
    assertFalse(a.path("metadata").path("approved_at").asText().isEmpty());
    assertEquals(OpinionLabels.AI_GENERATED_KEY, a.path("metadata").path("label").asText());
    assertTrue(a.path("body").asText().startsWith(OpinionLabels.AI_LABEL));
    assertEquals(409, call("advisor1", "POST", "/api/drafts/" + id + "/reject", "{}").status());

    Reply versions = call("advisor1", "GET", "/api/drafts/" + id + "/versions", null);
    assertEquals(2, versions.json().path("versions").size());
    Reply full = call("advisor1", "GET", "/api/drafts/" + id, null);
    assertEquals(2, full.json().path("decisions").size());
    assertEquals("请核对金额", full.json().path("comments").get(0).path("text").asText());
  }

  @Test
  void anAdvisorCannotApproveTheirOwnDraft() {
    long draft = newDraft(newCase(), "advisor1");
    assertEquals(200, call("advisor1", "POST", "/api/drafts/" + draft + "/submit", null).status());
    assertEquals(403, call("advisor1", "POST", "/api/drafts/" + draft + "/approve", null).status());
    assertEquals("denied 403", trail.latest(1).get(0).outcome());
    assertEquals(200, call("advisor2", "POST", "/api/drafts/" + draft + "/approve", null).status());
  }

  @Test
  void listsMaskPersonalData() {
    newCase();
    Reply r = call("worker1", "GET", "/api/cases", null);
    assertEquals(200, r.status());
    assertFalse(r.raw().contains(PHONE), r.raw());
    assertFalse(r.raw().contains(ID_NUMBER), r.raw());
    assertFalse(r.raw().contains(NAME), r.raw());
    assertTrue(r.raw().contains("139****4321"), r.raw());
    assertTrue(r.raw().contains("欧***"), r.raw());
  }

  @Test
  void badInputIsA400AndWrongPasswordA401() {
    assertEquals(400, call("worker1", "POST", "/api/cases", "{\"title\": 3}").status());
    assertEquals(400, call("worker1", "POST", "/api/cases", "{\"title\": \"t\"}").status());
    Reply wrong = call("nobody", "GET", "/api/cases", null);
    assertEquals(401, wrong.status());
    assertEquals("unauthorized", wrong.json().path("error").asText(), wrong.raw());
  }

  @Test
  void revealingAFieldNeedsAReasonAndIsKeptForAuditors() {
    long caseId = newCase();
    String path = "/api/cases/" + caseId + "/reveal";
    Reply listed = call("advisor1", "GET", "/api/cases/" + caseId, null);
    assertFalse(listed.raw().contains(PHONE) || listed.raw().contains(ID_NUMBER), listed.raw());
    Reply shown = call("advisor1", "POST", path, REVEAL);
    assertEquals(200, shown.status(), shown.raw());
    assertEquals(PHONE, shown.json().path("value").asText());
    Reply id =
        call(
            "mediator1",
            "POST",
            path,
            "{\"party\": 0, \"field\": \"id_number\", \"reason\": \"核对身份后出具调解协议\"}");
    assertEquals(ID_NUMBER, id.json().path("value").asText(), id.raw());
    AuditRow last = trail.latest(1).get(0);
    assertEquals("case.reveal", last.action());
    assertEquals("case/" + caseId + "/party/0/id_number", last.target());
    assertEquals("mediator1", last.user());

    Reply reveals = call("auditor1", "GET", "/api/audit/reveals?limit=5", null);
    assertEquals(200, reveals.status(), reveals.raw());
    JsonNode newest = reveals.json().path("reveals").get(0);
    assertEquals("mediator1", newest.path("user").asText());
    assertEquals("id_number", newest.path("field").asText());
    assertEquals("核对身份后出具调解协议", newest.path("reason").asText());
    assertEquals(caseId, newest.path("case_id").asLong());

    for (String bad :
        List.of(
            "{\"party\": 0, \"field\": \"phone\"}",
            "{\"party\": 0, \"field\": \"phone\", \"reason\": \"看看\"}",
            "{\"party\": 0, \"field\": \"narrative\", \"reason\": \"需要全文核对\"}",
            "{\"party\": \"0\", \"field\": \"phone\", \"reason\": \"需要电话通知\"}",
            "{\"party\": 0.5, \"field\": \"phone\", \"reason\": \"需要电话通知\"}",
            "[]")) {
      Reply r = call("advisor1", "POST", path, bad);
      assertEquals(400, r.status(), bad + " " + r.raw());
      assertEquals("bad_request", r.json().path("error").asText(), r.raw());
    }
    Reply missing =
        call(
            "advisor1",
            "POST",
            path,
            "{\"party\": 7, \"field\": \"phone\", \"reason\": \"需要电话通知\"}");
    assertEquals(404, missing.status(), missing.raw());
  }

  @Test
  void bearerTokensAreRefusedWhileOidcIsNotConfigured() throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    com.fasterxml.jackson.databind.node.ObjectNode claims = JSON.createObjectNode();
    claims.put("iss", "http://127.0.0.1:1/realms/zg");
    claims.put("preferred_username", "advisor1");
    claims.put("exp", java.time.Instant.now().getEpochSecond() + 300);
    claims.putArray("groups").add("advisor");
    String token = OidcTestProvider.sign(claims, generator.generateKeyPair().getPrivate());
    Reply refused = OidcBearerTest.bearer(token, "GET", "/api/cases");
    assertEquals(401, refused.status());
    assertTrue(refused.json().path("detail").asText().contains("bearer token"), refused.raw());
  }

  @Test
  void theAuditChainVerifies() {
    newCase();
    call("maintainer1", "GET", "/api/cases", null);
    List<AuditRow> rows = trail.latest(1000);
    assertTrue(rows.get(0).seq() >= 1);
    if (rows.get(0).seq() == 1) {
      assertTrue(AuditVerifier.verify(rows).intact());
    }
    for (int i = 1; i < rows.size(); i++) {
      assertEquals(rows.get(i - 1).hash(), rows.get(i).prevHash());
    }
  }
}
