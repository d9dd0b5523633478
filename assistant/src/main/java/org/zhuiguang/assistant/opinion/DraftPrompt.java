package org.zhuiguang.assistant.opinion;

import java.util.List;
import java.util.Objects;
import org.zhuiguang.assistant.answer.LlmPrompt;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * What the model is given to write a draft's prose, already rendered as the contents of delimited
 * data blocks (personal data already replaced by placeholders when the model is not on this host).
 * Delimiter sequences inside the data are neutralised so no data can close its block.
 *
 * @param caseFile the case block: title, parties with their roles, narrative
 * @param question the question asked
 * @param assessment the offline assessment: dispute type, risk grade, escalation path
 * @param articles the articles block: numbered, each with law, article, version date and text
 * @param feedback the problems of the previous reply (empty on a first attempt)
 */
public record DraftPrompt(
    String caseFile, String question, String assessment, String articles, String feedback) {

  public DraftPrompt {
    Objects.requireNonNull(caseFile, "caseFile");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(feedback, "feedback");
  }

  /** Renders a first attempt from data that is already masked where it must be. */
  static DraftPrompt of(
      String caseFile, String question, String assessment, List<StatuteArticle> articles) {
    return new DraftPrompt(
        LlmPrompt.neutralise(caseFile),
        LlmPrompt.neutralise(question),
        LlmPrompt.neutralise(assessment),
        LlmPrompt.renderArticles(articles),
        "");
  }

  /** The same prompt with the problems of a rejected reply. */
  DraftPrompt withFeedback(List<String> problems) {
    return new DraftPrompt(
        caseFile, question, assessment, articles, LlmPrompt.renderList(problems));
  }
}
