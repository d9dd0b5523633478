package org.zhuiguang.assistant.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.plan.law.ApplicableLaw;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.law.LegalIssueCatalog;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.assistant.plan.routing.DepartmentCall;
import org.zhuiguang.assistant.plan.routing.RoutingRule;
import org.zhuiguang.assistant.plan.routing.RoutingTable;
import org.zhuiguang.corpus.StatuteCatalog;

class LegalDataTest {

  @Test
  void everyReferenceResolvesInTheRealCorpus() {
    Optional<StatuteCatalog> corpus = RealCorpus.load();
    assumeTrue(corpus.isPresent(), "the shared corpus or its reader is not available");
    ApplicableLaw law = new ApplicableLaw(corpus.get());
    List<String> missing = new ArrayList<>();
    for (StatuteReference ref : LegalIssueCatalog.defaults().allReferences()) {
      if (law.article(ref).isEmpty()) {
        missing.add(ref.toString());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void plansQuoteTheCatalogsOwnTextAndNothingElse() {
    Optional<StatuteCatalog> corpus = RealCorpus.load();
    assumeTrue(corpus.isPresent(), "the shared corpus or its reader is not available");
    DisputePlan plan =
        PlanBuilder.withDefaults(corpus.get()).build("楼上邻居家的空调外机一直往我家窗台滴水，说了几次都不管，窗台都泡坏了。");
    assertTrue(!plan.articles().isEmpty());
    for (CitedArticle c : plan.articles()) {
      assertEquals(
          corpus.get().article(c.article().law(), c.article().number()).orElseThrow().text(),
          c.article().text());
    }
  }

  @Test
  void shortTitlesResolve() {
    ApplicableLaw law = new ApplicableLaw(new StubCatalog());
    assertEquals(Optional.of("中华人民共和国民法典"), law.title("民法典"));
    assertEquals(Optional.of("中华人民共和国民法典"), law.title("《中华人民共和国民法典》"));
    assertEquals(Optional.empty(), law.title("不存在的法"));
  }

  @Test
  void routingTableNamesOnlyKnownDepartments() {
    for (RoutingRule rule : RoutingTable.defaults().rules()) {
      for (String d : rule.add()) {
        assertTrue(RoutingTable.KNOWN_DEPARTMENTS.contains(d), rule.id() + ": " + d);
      }
    }
  }

  @Test
  void aDistrictCanLoadItsOwnRoutingTable() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("routing", ".json");
    java.nio.file.Files.writeString(
        file,
        "{\"rules\":[{\"id\":\"all\",\"when\":{},\"add\":[\"社区工作站\",\"水务\"],\"reason\":\"试点\"}]}",
        java.nio.charset.StandardCharsets.UTF_8);
    DisputePlan plan =
        PlanBuilder.withRouting(new StubCatalog(), RoutingTable.load(file))
            .build("小区楼下的排水沟堵了，污水漫到路上。");
    assertEquals(
        List.of("社区工作站", "水务"),
        plan.departments().stream().map(DepartmentCall::department).toList());
    java.nio.file.Files.delete(file);
  }
}
