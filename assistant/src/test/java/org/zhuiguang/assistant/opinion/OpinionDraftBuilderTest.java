package org.zhuiguang.assistant.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.plan.StubCatalog;
import org.zhuiguang.corpus.StatuteArticle;

class OpinionDraftBuilderTest {

  static final Instant NOW = Instant.parse("2025-05-06T07:08:09Z");
  static final CaseFile CASE =
      new CaseFile(
          "王某诉某公司拖欠工资",
          "王某在某公司工作，公司已经拖欠工资三个月共计一万二千元，多次催要未果。",
          List.of(
              new Party("王某", "申请人", "13812345678", "", "", ""),
              new Party("某公司", "被申请人", "", "", "", "")));

  private final OpinionDraftBuilder builder =
      new OpinionDraftBuilder(new StubCatalog(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void labelFirstThenEverySectionInOrder() {
    OpinionDraft draft = builder.build(CASE, "");
    String body = draft.body();
    assertTrue(body.startsWith(OpinionLabels.AI_LABEL + "\n"), body);
    int last = body.indexOf(draft.title());
    assertTrue(last > 0);
    for (String heading :
        List.of(
            OpinionDraftBuilder.BACKGROUND,
            OpinionDraftBuilder.FACTS,
            OpinionDraftBuilder.LEGAL_BASIS,
            OpinionDraftBuilder.ANALYSIS,
            OpinionDraftBuilder.CONCLUSION,
            OpinionDraftBuilder.RISKS)) {
      int at = body.indexOf("\n" + heading + "\n");
      assertTrue(at > last, heading + " missing or out of order");
      last = at;
    }
  }

  @Test
  void quotesOnlyCatalogArticlesVerbatimWithVersionDate() {
    OpinionDraft draft = builder.build(CASE, "公司应否支付工资？");
    assertFalse(draft.citations().isEmpty(), "a wage dispute cites articles");
    StubCatalog catalog = new StubCatalog();
    for (StatuteArticle a : draft.citations()) {
      assertEquals(catalog.article(a.law(), a.number()).orElseThrow(), a);
      assertTrue(
          draft
              .body()
              .contains(
                  "《"
                      + a.law()
                      + "》"
                      + a.number().toChinese()
                      + "（"
                      + a.version()
                      + "版）：“"
                      + a.text()
                      + "”"),
          a.docId());
    }
    assertTrue(draft.body().contains("咨询问题：公司应否支付工资？"));
  }

  @Test
  void factsComeFromTheCaseFile() {
    OpinionDraft draft = builder.build(CASE, "");
    String facts =
        draft.sections().stream()
            .filter(s -> s.heading().equals(OpinionDraftBuilder.FACTS))
            .findFirst()
            .orElseThrow()
            .text();
    assertTrue(facts.contains(CASE.narrative()));
    assertTrue(facts.contains("王某（申请人）"));
    assertFalse(facts.contains("13812345678"), "contact data is not a fact of the opinion");
  }

  @Test
  void metadataHashesTheBody() {
    OpinionDraft draft = builder.build(CASE, "");
    OpinionMetadata m = draft.metadata();
    assertEquals(OpinionLabels.AI_GENERATED_KEY, m.label());
    assertEquals(OpinionLabels.PRODUCER, m.producer());
    assertEquals(OpinionMetadata.NO_MODEL, m.model());
    assertEquals(NOW, m.createdAt());
    assertEquals(OpinionMetadata.sha256(draft.body()), m.sha256());
    assertEquals(64, m.sha256().length());
    assertFalse(m.contentId().isBlank());
  }

  @Test
  void approvalAddsReviewerAndKeepsEverythingElse() {
    OpinionMetadata m = builder.build(CASE, "").metadata();
    Instant at = NOW.plusSeconds(60);
    OpinionMetadata approved = m.approved("advisor2", at);
    assertEquals("advisor2", approved.reviewer().orElseThrow());
    assertEquals(at, approved.approvedAt().orElseThrow());
    assertEquals(m.label(), approved.label());
    assertEquals(m.sha256(), approved.sha256());
    assertEquals(m.contentId(), approved.contentId());
  }
}
