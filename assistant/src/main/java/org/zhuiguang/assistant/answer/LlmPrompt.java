package org.zhuiguang.assistant.answer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * What the model is given, already rendered as the contents of delimited data blocks: the question,
 * the retrieved articles and, on a second attempt, why the first reply was rejected. Delimiter
 * sequences inside the data are neutralised so no data can close its block.
 *
 * @param question the question block
 * @param articles the articles block: numbered, each with law, article, version date and text
 * @param history earlier questions of the conversation (block contents, possibly empty)
 * @param feedback the problems of the previous reply (block contents, empty on a first attempt)
 */
public record LlmPrompt(String question, String articles, String history, String feedback) {

  /** Marks a data block's edges in the prompt templates; never allowed inside the data. */
  public static final String DELIMITER = "<<<";

  public static final String DELIMITER_END = ">>>";

  public LlmPrompt {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(feedback, "feedback");
  }

  /** Renders a first attempt. */
  public static LlmPrompt of(String question, List<StatuteArticle> articles, List<String> history) {
    return new LlmPrompt(neutralise(question), renderArticles(articles), renderList(history), "");
  }

  /** The same prompt with the problems of a rejected reply. */
  public LlmPrompt withFeedback(List<String> problems) {
    return new LlmPrompt(question, articles, history, renderList(problems));
  }

  /** The articles block: numbered, each with law, article, version date and text. */
  public static String renderArticles(List<StatuteArticle> articles) {
    StringBuilder text = new StringBuilder();
    int i = 1;
    for (StatuteArticle a : articles) {
      text.append(
          String.format(
              Locale.ROOT,
              "[%d] 《%s》%s（%s 版）%n%s%n%n",
              i++,
              neutralise(a.law()),
              a.number().toChinese(),
              a.version(),
              neutralise(a.text())));
    }
    return text.toString().strip();
  }

  /** A block of one "- " line per item (earlier questions, a rejected reply's problems). */
  public static String renderList(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (String item : items) {
      text.append("- ").append(neutralise(item)).append('\n');
    }
    return text.toString().strip();
  }

  /** Replaces the delimiter sequences in data by look-alikes that delimit nothing. */
  public static String neutralise(String data) {
    return data.replace(DELIMITER, "‹‹‹").replace(DELIMITER_END, "›››");
  }
}
