package org.zhuiguang.indexer.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.indexer.search.SearchHit;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;
import org.zhuiguang.indexer.search.StatuteSearcher;

class RerankingSearcherTest {

  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private static SearchHit hit(String law, int number, LawLevel level) {
    return new SearchHit(
        new StatuteArticle(law, ArticleNumber.of(number), DAY, "文本" + number),
        level,
        Optional.empty(),
        List.of(),
        1.0);
  }

  /** Answers BM25 and dense requests with fixed rankings and records the requests. */
  private static final class Fixed implements StatuteSearcher {
    final List<SearchHit> bm25;
    final List<SearchHit> dense;
    final Set<SearchMode> modes;
    final List<SearchRequest> requests = new ArrayList<>();

    Fixed(List<SearchHit> bm25, List<SearchHit> dense, Set<SearchMode> modes) {
      this.bm25 = bm25;
      this.dense = dense;
      this.modes = modes;
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
      requests.add(request);
      List<SearchHit> list = request.mode() == SearchMode.DENSE ? dense : bm25;
      return list.subList(0, Math.min(request.k(), list.size()));
    }

    @Override
    public Set<SearchMode> availableModes() {
      return modes;
    }
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(h -> h.article().docId()).toList();
  }

  @Test
  void fusesBothRankingsByWeightedReciprocalRank() {
    SearchHit a = hit("甲条例", 1, LawLevel.ADMINISTRATIVE_REGULATION);
    SearchHit b = hit("甲条例", 2, LawLevel.ADMINISTRATIVE_REGULATION);
    SearchHit c = hit("甲条例", 3, LawLevel.ADMINISTRATIVE_REGULATION);
    Fixed fixed = new Fixed(List.of(a, b), List.of(c, b), EnumSet.allOf(SearchMode.class));
    RerankWeights dense = new RerankWeights(10, 1.0, 2.0, 50, Map.of(), 0, 0, 0, false);
    List<SearchHit> hits =
        new RerankingSearcher(fixed, dense, CitationPrior.NONE, LayVocabulary.NONE)
            .search(SearchRequest.of("问题", 3, SearchMode.HYBRID));
    // b: 1/12 + 2/12 = 0.25; c: 2/11 = 0.18; a: 1/11 = 0.09
    assertEquals(List.of("甲条例|2|0", "甲条例|3|0", "甲条例|1|0"), ids(hits));
    assertEquals(3.0 / 12, hits.get(0).score(), 1e-9);
    assertEquals(2, fixed.requests.size());
    assertEquals(50, fixed.requests.get(0).k());
    assertEquals(SearchMode.BM25, fixed.requests.get(0).mode());
    assertEquals(SearchMode.DENSE, fixed.requests.get(1).mode());
  }

  @Test
  void theLevelBonusLiftsALawOverARegulation() {
    SearchHit regulation = hit("乙条例", 1, LawLevel.ADMINISTRATIVE_REGULATION);
    SearchHit law = hit("乙法", 1, LawLevel.LAW);
    Fixed fixed =
        new Fixed(
            List.of(regulation, law), List.of(regulation, law), EnumSet.allOf(SearchMode.class));
    List<SearchHit> plain =
        new RerankingSearcher(
                fixed, RerankWeights.PLAIN_RRF, CitationPrior.NONE, LayVocabulary.NONE)
            .search(SearchRequest.of("问题", 2, SearchMode.HYBRID));
    assertEquals("乙条例|1|0", ids(plain).get(0));
    List<SearchHit> ranked =
        RerankingSearcher.over(fixed).search(SearchRequest.of("问题", 2, SearchMode.HYBRID));
    assertEquals(List.of("乙法|1|0", "乙条例|1|0"), ids(ranked));
  }

  @Test
  void citedArticlesRankAboveUncitedOnes() {
    SearchHit first = hit("丙法", 1, LawLevel.LAW);
    SearchHit second = hit("丙法", 2, LawLevel.LAW);
    Fixed fixed =
        new Fixed(List.of(first, second), List.of(first, second), EnumSet.allOf(SearchMode.class));
    RerankWeights weights = new RerankWeights(10, 1.0, 1.0, 100, Map.of(), 1.0, 0, 0, false);
    List<SearchHit> ranked =
        new RerankingSearcher(
                fixed, weights, new CitationPrior(Map.of("丙法|2|0", 20)), LayVocabulary.NONE)
            .search(SearchRequest.of("问题", 1, SearchMode.HYBRID));
    assertEquals(List.of("丙法|2|0"), ids(ranked));
  }

  @Test
  void otherModesAndUnavailableHybridGoToTheSearcherUnchanged() {
    SearchHit regulation = hit("丁条例", 1, LawLevel.ADMINISTRATIVE_REGULATION);
    SearchHit law = hit("丁法", 1, LawLevel.LAW);
    Fixed fixed =
        new Fixed(List.of(regulation, law), List.of(law), EnumSet.allOf(SearchMode.class));
    List<SearchHit> bm25 =
        RerankingSearcher.over(fixed).search(SearchRequest.of("问题", 2, SearchMode.BM25));
    assertEquals(List.of("丁条例|1|0", "丁法|1|0"), ids(bm25));
    assertEquals(1, fixed.requests.size());

    Fixed bm25Only = new Fixed(List.of(regulation, law), List.of(), EnumSet.of(SearchMode.BM25));
    List<SearchHit> fallback =
        RerankingSearcher.over(bm25Only).search(SearchRequest.of("问题", 2, SearchMode.HYBRID));
    assertEquals(List.of("丁条例|1|0", "丁法|1|0"), ids(fallback));
    assertEquals(SearchMode.HYBRID, bm25Only.requests.get(0).mode());
  }

  @Test
  void theCitationPriorCountsCitationsFromOtherRulesOnly() {
    Law code =
        law("示范合同法", LawLevel.LAW, article(1, "当事人订立合同，应当遵循公平原则。"), article(2, "依照本法第一条的规定处理。"));
    Law interpretation =
        law(
            "示范合同法解释",
            LawLevel.JUDICIAL_INTERPRETATION,
            article(1, "适用《示范合同法》第一条时，应当审查合同内容。"),
            article(2, "《示范合同法》第一条、第二条的适用，依照本解释。"));
    CitationPrior prior = CitationPrior.of(new Corpus(List.of(code, interpretation)));
    assertEquals(2, prior.count("示范合同法|1|0"));
    assertTrue(prior.count("示范合同法|2|0") <= 1);
    assertEquals(0, prior.count("示范合同法解释|1|0"));
  }

  @Test
  void aMatchingChapterHeadingLiftsTheArticle() {
    SearchHit plain = hit("辛法", 1, LawLevel.LAW);
    SearchHit titled =
        new SearchHit(
            new StatuteArticle("辛法", ArticleNumber.of(2), DAY, "文本"),
            LawLevel.LAW,
            Optional.empty(),
            List.of("第一编 总则", "第三章 房屋租赁"),
            1.0);
    Fixed fixed =
        new Fixed(List.of(plain, titled), List.of(plain, titled), EnumSet.allOf(SearchMode.class));
    RerankWeights weights = new RerankWeights(10, 1.0, 1.0, 100, Map.of(), 0, 0, 1.0, false);
    List<SearchHit> ranked =
        new RerankingSearcher(fixed, weights, CitationPrior.NONE, LayVocabulary.NONE)
            .search(SearchRequest.of("房屋租赁的押金", 2, SearchMode.HYBRID));
    assertEquals(List.of("辛法|2|0", "辛法|1|0"), ids(ranked));
    assertEquals(Set.of("房屋", "屋租", "租赁"), RerankingSearcher.bigrams("房屋 租赁!"));
  }

  @Test
  void citedLawsRankAboveUncitedOnes() {
    SearchHit first = hit("戊法", 1, LawLevel.LAW);
    SearchHit second = hit("己法", 1, LawLevel.LAW);
    Fixed fixed =
        new Fixed(List.of(first, second), List.of(first, second), EnumSet.allOf(SearchMode.class));
    RerankWeights weights = new RerankWeights(10, 1.0, 1.0, 100, Map.of(), 0, 1.0, 0, false);
    CitationPrior prior = new CitationPrior(Map.of("己法|7|0", 5, "己法|8|0", 5));
    assertEquals(10, prior.lawCount("己法"));
    List<SearchHit> ranked =
        new RerankingSearcher(fixed, weights, prior, LayVocabulary.NONE)
            .search(SearchRequest.of("问题", 1, SearchMode.HYBRID));
    assertEquals(List.of("己法|1|0"), ids(ranked));
  }

  @Test
  void onlyTheBm25SearchGetsTheExpandedQuestion() {
    Fixed fixed =
        new Fixed(List.of(hit("庚法", 1, LawLevel.LAW)), List.of(), EnumSet.allOf(SearchMode.class));
    LayVocabulary vocabulary = LayVocabulary.parse(List.of("# comment", "", "甲词\t乙术语 丙术语"));
    RerankWeights expand = new RerankWeights(10, 1.0, 1.0, 100, Map.of(), 0, 0, 0, true);
    new RerankingSearcher(fixed, expand, CitationPrior.NONE, vocabulary)
        .search(SearchRequest.of("关于甲词和丙术语", 5, SearchMode.HYBRID));
    assertEquals("关于甲词和丙术语 乙术语", fixed.requests.get(0).query());
    assertEquals("关于甲词和丙术语", fixed.requests.get(1).query());
    assertEquals("没有俗语", vocabulary.expand("没有俗语"));
  }

  @Test
  void theStandardVocabularyMapsEverydayWordsToLegalTerms() {
    LayVocabulary standard = LayVocabulary.standard();
    assertTrue(standard.size() > 50);
    assertTrue(standard.expand("房东不退押金").contains("出租人"));
  }

  private static Law law(String title, LawLevel level, Article... articles) {
    LawVersion version =
        new LawVersion(
            title,
            level,
            Optional.empty(),
            DAY,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(articles),
            List.of(Path.of(title + ".md")));
    return new Law(title, level, Optional.empty(), List.of(version));
  }

  private static Article article(int number, String text) {
    return new Article(ArticleNumber.of(number), List.of("第一章 总则"), List.of(text));
  }
}
