package org.zhuiguang.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.index.ArticleDocumentGenerator;
import org.zhuiguang.indexer.index.IndexBuilder;
import org.zhuiguang.indexer.index.ProgressListener;

/**
 * The candidates a Lucene searcher hands to re-ranking read version, level and innermost heading
 * from the doc values; they must say what the stored hit says, for every kind of article.
 */
class CandidatesTest {

  @TempDir static Path root;

  /** Every article mentions 租赁, so one question finds them all. */
  @BeforeAll
  static void build() throws Exception {
    Law code =
        law(
            "示范民法典",
            LawLevel.LAW,
            null,
            version(
                "2021-01-01",
                article(1, 0, List.of(), "租赁合同的一般规定：本条没有章节。"),
                article(703, 0, List.of("第三编 合同", "第十四章 租赁合同"), "租赁合同是出租人将租赁物交付承租人使用的合同。"),
                article(704, 1, List.of("第三编 合同", "第十四章 租赁合同", "第一节 一般规定"), "租赁期限不得超过二十年。")));
    Law interpretation =
        law(
            "示范租赁司法解释",
            LawLevel.JUDICIAL_INTERPRETATION,
            null,
            version("2020-05-01", article(1, 0, List.of("一、适用范围"), "城镇房屋租赁合同纠纷案件适用本解释。")),
            version("2023-02-01", article(1, 0, List.of("一、适用范围"), "城镇房屋租赁合同纠纷案件，适用本解释。")));
    Law local =
        law(
            "广东省示范房屋租赁条例",
            LawLevel.LOCAL_REGULATION,
            "广东",
            version("2022-07-01", article(9, 0, List.of("第二章 租赁登记"), "房屋租赁合同应当登记备案。")));
    new IndexBuilder(root, new StatuteAnalyzer(), Optional.empty(), ProgressListener.NONE, 2)
        .build(new Corpus(List.of(code, interpretation, local)), false);
  }

  @Test
  void candidatesSayWhatTheirStoredHitsSay() throws Exception {
    for (int hitCache : new int[] {0, 100}) {
      try (LuceneStatuteSearcher searcher =
          LuceneStatuteSearcher.open(
              root, SearcherConfig.of(Optional.empty()).withHitCache(hitCache))) {
        for (SearchRequest request : requests()) {
          List<SearchHit> hits = searcher.search(request);
          List<Candidate> seen = new ArrayList<>();
          List<SearchHit> read =
              searcher.candidates(
                  List.of(request),
                  rankings -> {
                    seen.addAll(rankings.get(0));
                    return rankings.get(0).stream().map(c -> c.hit(0.5)).toList();
                  });
          assertEquals(hits.size(), seen.size(), request.toString());
          for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            Candidate candidate = seen.get(i);
            List<String> chapters = hit.chapterPath();
            assertEquals(
                hit.article().docId() + "|" + hit.article().version(), candidate.versionId());
            assertEquals(hit.article().docId(), candidate.docId());
            assertEquals(hit.article().law(), candidate.law());
            assertEquals(hit.level(), candidate.level());
            assertEquals(
                chapters.isEmpty() ? "" : chapters.get(chapters.size() - 1), candidate.heading());
            assertEquals(
                new SearchHit(hit.article(), hit.level(), hit.region(), hit.chapterPath(), 0.5),
                read.get(i));
          }
        }
      }
    }
  }

  @Test
  void theFixtureCoversEveryKindOfArticle() throws Exception {
    try (LuceneStatuteSearcher searcher =
        LuceneStatuteSearcher.open(root, SearcherConfig.of(Optional.empty()))) {
      Set<String> headings = new HashSet<>();
      Set<LawLevel> levels = new HashSet<>();
      Set<LocalDate> versions = new HashSet<>();
      for (SearchRequest request : requests()) {
        searcher.candidates(
            List.of(request),
            rankings -> {
              rankings
                  .get(0)
                  .forEach(
                      c -> {
                        headings.add(c.heading());
                        levels.add(c.level());
                        versions.add(c.hit(0).article().version());
                      });
              return null;
            });
      }
      assertTrue(headings.containsAll(Set.of("", "第十四章 租赁合同", "第一节 一般规定", "第二章 租赁登记")));
      assertEquals(3, levels.size());
      assertTrue(
          versions.containsAll(
              Set.of(LocalDate.parse("2020-05-01"), LocalDate.parse("2023-02-01"))));
    }
  }

  @Test
  void versionIdsAreReadFromTheRight() {
    assertEquals("甲|法|12|1", ArticleDocumentGenerator.docId("甲|法|12|1|2020-01-01"));
    assertEquals("甲|法", ArticleDocumentGenerator.law("甲|法|12|1|2020-01-01"));
    assertEquals("乙法", ArticleDocumentGenerator.law("乙法|3|0|2020-01-01"));
  }

  /** Today's versions in every region, and an earlier day's, so both versions of one law come. */
  private static List<SearchRequest> requests() {
    return List.of(
        new SearchRequest("租赁合同", 20, SearchMode.BM25, Optional.empty(), Set.of(), Set.of("*")),
        new SearchRequest(
            "房屋租赁合同纠纷",
            20,
            SearchMode.BM25,
            Optional.of(LocalDate.parse("2021-06-01")),
            Set.of(),
            Set.of("*")),
        SearchRequest.of("租赁", 3, SearchMode.HYBRID));
  }

  private static Law law(String title, LawLevel level, String region, LawVersion... versions) {
    List<LawVersion> list = new ArrayList<>();
    for (LawVersion v : versions) {
      list.add(
          new LawVersion(
              title,
              level,
              Optional.ofNullable(region),
              v.versionDate(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              v.articles(),
              List.of(Path.of(title + ".md"))));
    }
    return new Law(title, level, Optional.ofNullable(region), list);
  }

  private static LawVersion version(String date, Article... articles) {
    return new LawVersion(
        "",
        LawLevel.LAW,
        Optional.empty(),
        LocalDate.parse(date),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(articles),
        List.of());
  }

  private static Article article(int number, int suffix, List<String> chapters, String text) {
    return new Article(ArticleNumber.of(number, suffix), chapters, List.of(text));
  }
}
