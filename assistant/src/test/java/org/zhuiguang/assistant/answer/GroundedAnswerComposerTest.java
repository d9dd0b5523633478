package org.zhuiguang.assistant.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.indexer.search.SearchHit;

/** Which retrieved articles the grounded answer quotes, on invented articles. */
class GroundedAnswerComposerTest {

  private final GroundedAnswerComposer composer = new GroundedAnswerComposer(8, 0.0);

  private static SearchHit hit(String law, int number, String text, double score) {
    return new SearchHit(
        new StatuteArticle(law, ArticleNumber.of(number, 0), LocalDate.of(2020, 1, 1), text),
        LawLevel.LOCAL_REGULATION,
        Optional.empty(),
        List.of(),
        score);
  }

  @Test
  void anArticleInTheStatutesWordsForTheQuestionsEverydayWordsIsRelevant() {
    // people say 房东, statutes say 出租人: the article shares only 押金 with the words as typed
    SearchHit deposit = hit("示范房屋租赁条例", 7, "租赁关系终止后，出租人应当将押金返还承租人。", 1.0);
    List<SearchHit> chosen = composer.select("房东不退押金怎么办", List.of(deposit));
    assertEquals(List.of(deposit), chosen);
  }

  @Test
  void articlesSharingNothingWithTheQuestionAreStillLeftOut() {
    SearchHit unrelated = hit("示范航道条例", 3, "船舶通过船闸应当服从调度。", 1.0);
    assertTrue(composer.select("房东不退押金怎么办", List.of(unrelated)).isEmpty());
  }
}
