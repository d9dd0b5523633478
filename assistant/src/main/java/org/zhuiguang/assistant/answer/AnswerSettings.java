package org.zhuiguang.assistant.answer;

/**
 * The knobs of answering.
 *
 * @param retrieve how many articles are retrieved for a question
 * @param context how many of them an LLM is given
 * @param groundedArticles at most how many articles a grounded answer quotes
 * @param minRelativeScore a grounded answer leaves out articles scoring below this share of the top
 * @param maskPersonalData whether personal data is masked before the LLM sees it (an endpoint not
 *     on this host)
 */
public record AnswerSettings(
    int retrieve,
    int context,
    int groundedArticles,
    double minRelativeScore,
    boolean maskPersonalData) {

  /** The defaults, measured on the answer evaluation (docs/answers.md). */
  public static final AnswerSettings DEFAULTS = new AnswerSettings(20, 8, 8, 0.0, true);

  public AnswerSettings {
    if (retrieve <= 0 || context <= 0 || groundedArticles <= 0) {
      throw new IllegalArgumentException("retrieve, context and groundedArticles must be positive");
    }
  }
}
