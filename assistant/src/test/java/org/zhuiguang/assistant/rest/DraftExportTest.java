package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.audit.AuditRow;
import org.zhuiguang.assistant.opinion.DocxExport;
import org.zhuiguang.assistant.opinion.OpinionLabels;
import org.zhuiguang.assistant.opinion.OpinionMetadata;
import org.zhuiguang.assistant.security.AuditTrail;

/**
 * DOCX export: only approved drafts (409 before), the document opened again with Apache POI keeps
 * the label first and the body exactly, and carries the metadata in its properties; audited.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class DraftExportTest {

  @Inject AuditTrail trail;

  static HttpResponse<byte[]> export(String user, long draft) throws Exception {
    int port =
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getValue("quarkus.http.test-port", Integer.class);
    String token = user + ":demo-" + user;
    HttpRequest r =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/drafts/" + draft + "/export.docx"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    return CaseDraftApiTest.HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void anApprovedOpinionIsExportedWithLabelAndMetadata() throws Exception {
    long draft = CaseDraftApiTest.inReview();
    HttpResponse<byte[]> early = export("advisor1", draft);
    assertEquals(409, early.statusCode());
    assertTrue(new String(early.body(), StandardCharsets.UTF_8).contains("\"conflict\""));
    AuditRow refused = trail.latest(1).get(0);
    assertEquals("draft.export", refused.action());
    assertEquals("conflict 409", refused.outcome());

    CaseDraftApiTest.Reply approved =
        CaseDraftApiTest.call("advisor1", "POST", "/api/drafts/" + draft + "/approve", null);
    assertEquals(200, approved.status(), approved.raw());
    JsonNode json = approved.json();
    String body = json.path("body").asText();
    JsonNode m = json.path("metadata");

    HttpResponse<byte[]> r = export("worker1", draft);
    assertEquals(200, r.statusCode());
    assertEquals(DocxExport.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        r.headers().firstValue("Content-Disposition").orElse("").contains(".docx"),
        r.headers().toString());
    AuditRow ok = trail.latest(1).get(0);
    assertEquals("draft.export", ok.action());
    assertEquals("draft/" + draft, ok.target());
    assertEquals("ok", ok.outcome());

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      assertEquals(OpinionLabels.AI_LABEL, paragraphs.get(0).getText());
      String text = String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
      assertEquals(body, text);
      assertEquals(OpinionMetadata.sha256(text), m.path("sha256").asText());

      POIXMLProperties props = doc.getProperties();
      POIXMLProperties.CoreProperties core = props.getCoreProperties();
      assertEquals(m.path("producer").asText(), core.getCreator());
      assertEquals(m.path("content_id").asText(), core.getIdentifier());
      assertEquals(OpinionLabels.AI_LABEL, core.getDescription());
      POIXMLProperties.CustomProperties custom = props.getCustomProperties();
      for (String f :
          List.of(
              "label",
              "producer",
              "content_id",
              "model",
              "created_at",
              "sha256",
              "reviewer",
              "approved_at")) {
        assertTrue(custom.contains(DocxExport.PREFIX + f), f);
        assertEquals(m.path(f).asText(), custom.getProperty(DocxExport.PREFIX + f).getLpwstr(), f);
      }
      assertEquals("advisor1", custom.getProperty(DocxExport.PREFIX + "reviewer").getLpwstr());
      assertFalse(custom.contains(DocxExport.PREFIX + "label_text"));
    }

    assertEquals(404, export("worker2", draft).statusCode());
    assertEquals(403, export("maintainer1", draft).statusCode());
  }
}
