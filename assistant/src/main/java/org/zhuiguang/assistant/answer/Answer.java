package org.zhuiguang.assistant.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * An answer to a legal question.
 *
 * @param mode grounded or LLM
 * @param text the answer, starting with its visible label
 * @param citations the articles it relies on, each with the index's exact text, in order of first
 *     mention
 * @param metadata machine-readable label, producer, content id, model, time and hash
 * @param fallback why a grounded answer was given although LLM mode is on (the LLM failed, timed
 *     out, or its citations did not verify); empty otherwise
 */
public record Answer(
    AnswerMode mode,
    String text,
    List<StatuteArticle> citations,
    AnswerMetadata metadata,
    Optional<String> fallback) {

  public Answer {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(fallback, "fallback");
  }
}
