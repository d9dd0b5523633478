package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.library.IndexMaintenance;
import org.zhuiguang.corpus.ArticleNumber;

/**
 * The impact of an amendment: an amended version of a quoted statute is uploaded, the re-index
 * flags the draft (one article amended, one retired) and advisors see it in {@code /api/impacts};
 * taking the amendment out again clears the flags.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class DraftImpactTest {

  /** The title the plan builder's legal data cites for wage cases; the text here is invented. */
  static final String LAW = "中华人民共和国劳动合同法";

  static final String FIRST_FILE = LAW + "(2020-01-01).md";
  static final String AMENDED_FILE = LAW + "(2025-07-01).md";

  /** An invented statute under the cited title: {@code articles} made-up articles. */
  static String statute(String date, int articles, int amended) {
    StringBuilder md =
        new StringBuilder("# ")
            .append(LAW)
            .append("\n\n")
            .append(date)
            .append(" 示范立法会议通过（测试用的虚构文本）\n\n<!-- INFO END -->\n\n");
    for (int i = 1; i <= articles; i++) {
      md.append(ArticleNumber.of(i).toChinese())
          .append(i == amended ? " 本条经示范修订，改为测试用的虚构规则甲。" : " 本条为测试用的虚构规则，编号")
          .append(i == amended ? "" : Integer.toString(i))
          .append("\n\n");
    }
    return md.toString();
  }

  static void upload(String name, String markdown) throws Exception {
    HttpResponse<String> r =
        ServiceTest.postAsMaintainer(
            "/api/index/laws?name=" + ServiceTest.enc(name),
            "text/markdown",
            markdown.getBytes(StandardCharsets.UTF_8));
    assertEquals(202, r.statusCode(), r.body());
    JsonNode job =
        IndexJobsTest.waitFor(ServiceTest.JSON.readTree(r.body()).path("job").path("id").asText());
    assertEquals("done", job.path("state").asText(), job.toString());
  }

  @Test
  void anAmendmentFlagsTheDraftsThatQuoteIt() throws Exception {
    upload(FIRST_FILE, statute("2020年1月1日", 85, 0));
    try {
      flagged();
    } finally {
      restore();
    }
  }

  private void flagged() throws Exception {
    long caseId = CaseDraftApiTest.newCase();
    long draft = CaseDraftApiTest.newDraft(caseId, "worker1");
    JsonNode created =
        CaseDraftApiTest.call("advisor1", "GET", "/api/drafts/" + draft, null).json();
    assertEquals(0, created.path("stale_citations").size(), created.toString());
    List<Integer> quoted = new ArrayList<>();
    for (JsonNode c : created.path("citations")) {
      if (LAW.equals(c.path("law").asText())) {
        quoted.add(c.path("article").asInt());
      }
    }
    assertTrue(quoted.size() >= 2, "the wage case quotes two articles of " + LAW + ": " + created);
    int amended = quoted.get(0);
    int retired = quoted.get(quoted.size() - 1);
    assertTrue(amended < retired, quoted.toString());

    upload(AMENDED_FILE, statute("2025年7月1日", retired - 1, amended));

    JsonNode flagged = CaseDraftApiTest.call("worker1", "GET", "/api/drafts/" + draft, null).json();
    JsonNode stale = flagged.path("stale_citations");
    assertEquals(2, stale.size(), flagged.toString());
    JsonNode first = stale.get(0);
    assertEquals(LAW, first.path("law").asText());
    assertEquals(amended, first.path("article").asInt());
    assertEquals("2020-01-01", first.path("old_version").asText());
    assertEquals("2025-07-01", first.path("new_version").asText());
    JsonNode gone = stale.get(1);
    assertEquals(retired, gone.path("article").asInt());
    assertTrue(gone.path("new_version").isNull(), gone.toString());

    CaseDraftApiTest.Reply impacts = CaseDraftApiTest.call("advisor1", "GET", "/api/impacts", null);
    assertEquals(200, impacts.status(), impacts.raw());
    boolean listed = false;
    for (JsonNode d : impacts.json().path("drafts")) {
      listed |= d.path("draft_id").asLong() == draft && d.path("stale_citations").size() == 2;
    }
    assertTrue(listed, impacts.raw());
    CaseDraftApiTest.Reply list = CaseDraftApiTest.call("worker1", "GET", "/api/drafts", null);
    assertTrue(list.raw().contains("\"id\":" + draft + ","), list.raw());
    // The flag is the service's own change, audited.
    CaseDraftApiTest.Reply audit =
        CaseDraftApiTest.call("auditor1", "GET", "/api/audit?limit=50", null);
    assertTrue(
        audit.raw().contains("\"action\":\"draft.impact\",\"target\":\"draft/" + draft + "\""),
        audit.raw());
    assertEquals(403, CaseDraftApiTest.call("worker1", "GET", "/api/impacts", null).status());
  }

  /** Takes the uploaded statutes out of the corpus again: the other tests see the fixture only. */
  static void restore() throws Exception {
    Path corpus = Path.of(ConfigProvider.getConfig().getValue("zhuiguang.corpus", String.class));
    try {
      Path uploads = corpus.resolve(IndexMaintenance.UPLOAD_FOLDER);
      Files.deleteIfExists(uploads.resolve(FIRST_FILE));
      Files.deleteIfExists(uploads.resolve(AMENDED_FILE));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    HttpResponse<String> rescan =
        ServiceTest.postAsMaintainer(
            "/api/index/jobs",
            "application/json",
            "{\"action\":\"rescan\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(202, rescan.statusCode(), rescan.body());
    JsonNode done =
        IndexJobsTest.waitFor(
            ServiceTest.JSON.readTree(rescan.body()).path("job").path("id").asText());
    assertEquals("done", done.path("state").asText(), done.toString());
    assertFalse(done.path("message").asText().isEmpty());
  }
}
