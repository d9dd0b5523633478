package org.zhuiguang.assistant.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.indexer.rank.LayVocabulary;
import org.zhuiguang.indexer.search.SearchHit;

/**
 * The answer of grounded mode, made without any model: a short direct answer composed from the
 * clauses of the top articles that best match the question, grouped by law, then the quoted
 * articles in full. When nothing retrieved shares enough with the question, it says so.
 */
public final class GroundedAnswerComposer {

  /** The text of the grounded answer when nothing relevant was found. */
  public static final String NOTHING_FOUND =
      "未在法规库中找到与这个问题直接相关的条文。" + "可以换一种说法再问（写明纠纷的类型、涉及的行为或当事人关系），或向法律顾问咨询。";

  /** The short answer is composed from this many of the best articles; all are quoted after it. */
  static final int SUMMARY_ARTICLES = 3;

  private final int maxArticles;
  private final double minRelativeScore;

  /**
   * @param maxArticles at most this many articles are quoted
   * @param minRelativeScore an article below this share of the top article's score is left out
   */
  public GroundedAnswerComposer(int maxArticles, double minRelativeScore) {
    if (maxArticles <= 0) {
      throw new IllegalArgumentException("maxArticles must be positive: " + maxArticles);
    }
    this.maxArticles = maxArticles;
    this.minRelativeScore = minRelativeScore;
  }

  /** The composed text (without the label) and the articles it quotes. */
  public record Composition(String text, List<StatuteArticle> citations) {
    public Composition {
      citations = List.copyOf(citations);
    }
  }

  /**
   * The articles worth quoting for a question, best first, at most the maximum. Nothing when no
   * retrieved article is {@linkplain #relevant relevant}; otherwise the ranking decides, leaving
   * out only articles that share no content bigram at all with the question (dense search can rank
   * such articles high on meaning alone).
   */
  public List<SearchHit> select(String question, List<SearchHit> hits) {
    return select(termsOf(question), hits);
  }

  private List<SearchHit> select(QuestionTerms terms, List<SearchHit> hits) {
    if (hits.isEmpty() || terms.size() == 0) {
      return List.of();
    }
    if (hits.stream().noneMatch(h -> relevant(terms, h.article()))) {
      return List.of();
    }
    double top = hits.get(0).score();
    List<SearchHit> chosen = new ArrayList<>();
    for (SearchHit hit : hits) {
      if (chosen.size() >= maxArticles) {
        break;
      }
      if (top > 0 && hit.score() < top * minRelativeScore) {
        break;
      }
      if (terms.matches(hit.article().law() + hit.article().text()) > 0) {
        chosen.add(hit);
      }
    }
    return chosen;
  }

  /**
   * The question's bigrams and those of the statutes' terms for its everyday words (房东 -> 出租人):
   * statutes say 出租人 where people say 房东, so the words people use alone would find the right
   * article irrelevant.
   */
  static QuestionTerms termsOf(String question) {
    return QuestionTerms.of(LayVocabulary.standard().expand(question));
  }

  /**
   * A sixth of the question's bigrams (at least two, or the only one) occur in the article or its
   * law's title: the test of whether anything relevant was found at all.
   */
  static boolean relevant(QuestionTerms terms, StatuteArticle article) {
    int matched = terms.matches(article.law() + article.text());
    int needed = Math.max(Math.min(2, terms.size()), (terms.size() + 5) / 6);
    return matched >= needed;
  }

  public Composition compose(String question, List<SearchHit> hits) {
    QuestionTerms terms = termsOf(question);
    List<SearchHit> chosen = select(terms, hits);
    if (chosen.isEmpty()) {
      return new Composition(NOTHING_FOUND, List.of());
    }
    Map<String, List<StatuteArticle>> byLaw = new LinkedHashMap<>();
    List<StatuteArticle> citations = new ArrayList<>();
    for (SearchHit hit : chosen) {
      if (citations.size() < SUMMARY_ARTICLES) {
        byLaw.computeIfAbsent(hit.article().law(), k -> new ArrayList<>()).add(hit.article());
      }
      citations.add(hit.article());
    }
    StringBuilder text = new StringBuilder("简要回答：\n");
    for (Map.Entry<String, List<StatuteArticle>> law : byLaw.entrySet()) {
      text.append("依据《").append(law.getKey()).append("》");
      List<StatuteArticle> articles = law.getValue();
      for (int i = 0; i < articles.size(); i++) {
        StatuteArticle a = articles.get(i);
        text.append(i == 0 ? "" : "；")
            .append(a.number().toChinese())
            .append("：")
            .append(stripEnd(bestClause(terms, a.text())));
      }
      text.append("。\n");
    }
    text.append("\n相关条文：\n");
    int n = 1;
    for (StatuteArticle a : citations) {
      text.append(
          String.format(
              Locale.ROOT,
              "%d.《%s》%s（%s 版）：“%s”%n",
              n++,
              a.law(),
              a.number().toChinese(),
              a.version(),
              a.text()));
    }
    return new Composition(text.toString().strip(), citations);
  }

  /** The clause (sentence or semicolon part) of an article sharing most with the question. */
  static String bestClause(QuestionTerms terms, String text) {
    String flat = text.replaceAll("([。；！？：])\n", "$1").replace('\n', '；');
    if (flat.codePointCount(0, flat.length()) <= 80) {
      return flat;
    }
    String best = null;
    int bestScore = -1;
    for (String clause : flat.split("(?<=[。；！？])")) {
      String c = clause.strip();
      if (c.isEmpty()) {
        continue;
      }
      int score = terms.matches(c);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best == null ? flat : best;
  }

  private static String stripEnd(String clause) {
    String c = clause.strip();
    while (!c.isEmpty() && "。；，：".indexOf(c.charAt(c.length() - 1)) >= 0) {
      c = c.substring(0, c.length() - 1);
    }
    return c;
  }
}
