package org.zhuiguang.assistant.plan.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.plan.DisputeType;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;

class LegalIssueCatalogTest {

  private static final String CATALOG =
      """
      {"frame": [{"id": "frame", "issue": "调解协议", "refs": [{"law": "调解法", "article": 1}]}],
       "types": {"民间借贷": [
         {"id": "return", "issue": "到期还款", "refs": [{"law": "民法典", "article": 675}]},
         {"id": "interest", "facets": ["loan_interest"], "issue": "利息",
          "refs": [{"law": "民法典", "article": 680}, {"law": "民法典", "article": 676},
                   {"law": "规定", "article": 25}]}]},
       "general": {"民间借贷": [
         {"id": "again", "issue": "到期还款（重复）", "refs": [{"law": "民法典", "article": 675}]},
         {"id": "spouse", "unless": ["loan_no_spouse"], "issue": "夫妻共同债务",
          "refs": [{"law": "民法典", "article": 1064}]},
         {"id": "overdue", "issue": "逾期利息", "refs": [{"law": "民法典", "article": 676}]},
         {"id": "formed", "issue": "合同成立", "refs": [{"law": "民法典", "article": 679}]},
         {"id": "concept", "issue": "借款合同", "refs": [{"law": "民法典", "article": 667}]}]}}
      """;

  @Test
  void generalIssuesFillAPlanThatNamesNoParticularIssueUpToThreeArticles() throws IOException {
    assertEquals(
        List.of("return", "spouse", "overdue", "frame"), ids(catalog().issuesFor(loan(Set.of()))));
  }

  @Test
  void aGeneralIssueThatDoesNotApplyIsPassedOver() throws IOException {
    assertEquals(
        List.of("return", "overdue", "formed", "frame"),
        ids(catalog().issuesFor(loan(Set.of("loan_no_spouse")))));
  }

  @Test
  void specificIssuesCitingEnoughArticlesNeedNoGeneralOnes() throws IOException {
    assertEquals(
        List.of("return", "interest", "frame"),
        ids(catalog().issuesFor(loan(Set.of("loan_interest")))));
  }

  private static LegalIssueCatalog catalog() throws IOException {
    return LegalIssueCatalog.read(
        new ByteArrayInputStream(CATALOG.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> ids(List<LegalIssue> issues) {
    return issues.stream().map(LegalIssue::id).toList();
  }

  private static NarrativeAnalysis loan(Set<String> facets) {
    return new NarrativeAnalysis(
        "老乡借钱不还",
        DisputeType.fromLabel("民间借贷").orElseThrow(),
        List.of(),
        facets,
        List.of(),
        0,
        List.of(),
        0,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }
}
