package org.zhuiguang.assistant.answer;

import java.util.List;
import org.zhuiguang.corpus.StatuteArticle;

/** Progress of one answer, for streaming it to a page. Every method has a no-op default. */
public interface AnswerListener {

  AnswerListener NONE = new AnswerListener() {};

  /** The articles retrieved for the question. */
  default void retrieved(List<StatuteArticle> articles) {}

  /** The LLM is being asked (attempt 1 or 2). */
  default void generating(int attempt) {}

  /** A reply was rejected, with the problems found. */
  default void rejected(List<String> problems) {}
}
