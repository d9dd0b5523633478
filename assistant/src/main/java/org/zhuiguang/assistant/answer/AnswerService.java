package org.zhuiguang.assistant.answer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.indexer.search.SearchHit;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;

/**
 * Answers a legal question. Without an LLM, or when nothing relevant is retrieved, the answer is
 * grounded: composed from the quoted articles. With an LLM, the model is given the question and the
 * retrieved articles; its reply is kept only if every citation verifies against the index, else it
 * is asked once more with the problems, then replaced by the grounded answer. A failing or slow
 * model also falls back to the grounded answer.
 */
public final class AnswerService {

  /** The longest question accepted, in characters. */
  public static final int MAX_QUESTION_CHARS = 2000;

  private final Supplier<StatuteLibrary> library;
  private final Optional<LlmPort> llm;
  private final AnswerSettings settings;
  private final Clock clock;
  private final GroundedAnswerComposer composer;
  private final CitationVerifier verifier = new CitationVerifier();

  public AnswerService(
      Supplier<StatuteLibrary> library,
      Optional<LlmPort> llm,
      AnswerSettings settings,
      Clock clock) {
    this.library = Objects.requireNonNull(library, "library");
    this.llm = Objects.requireNonNull(llm, "llm");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.composer =
        new GroundedAnswerComposer(settings.groundedArticles(), settings.minRelativeScore());
  }

  /** Whether an LLM is configured. */
  public boolean llmEnabled() {
    return llm.isPresent();
  }

  public Answer ask(String question) {
    return ask(question, List.of(), AnswerListener.NONE);
  }

  /**
   * Answers a question.
   *
   * @param question the question, checked by {@link #checkQuestion}
   * @param history earlier questions of the same conversation, oldest first
   * @param listener told of progress
   */
  public Answer ask(String question, List<String> history, AnswerListener listener) {
    String q = checkQuestion(question);
    StatuteLibrary lib = library.get();
    SearchMode mode =
        lib.searcher().availableModes().contains(SearchMode.HYBRID)
            ? SearchMode.HYBRID
            : SearchMode.BM25;
    String query = retrievalQuery(q, history);
    List<SearchHit> hits =
        lib.searcher().search(SearchRequest.of(query, settings.retrieve(), mode));
    List<StatuteArticle> retrieved = hits.stream().map(SearchHit::article).toList();
    listener.retrieved(retrieved);

    if (llm.isEmpty()) {
      return grounded(q, hits, Optional.empty());
    }
    if (composer.select(q, hits).isEmpty()) {
      return grounded(q, hits, Optional.of("nothing-relevant"));
    }
    LlmPort model = llm.get();
    List<StatuteArticle> context = retrieved.subList(0, Math.min(settings.context(), hits.size()));
    PersonalDataMasker masker = new PersonalDataMasker();
    LlmPrompt prompt =
        settings.maskPersonalData()
            ? LlmPrompt.of(masker.mask(q), context, history.stream().map(masker::mask).toList())
            : LlmPrompt.of(q, context, history);
    List<String> problems = List.of();
    for (int attempt = 1; attempt <= 2; attempt++) {
      listener.generating(attempt);
      String reply;
      try {
        reply = model.complete(attempt == 1 ? prompt : prompt.withFeedback(problems));
      } catch (RuntimeException e) {
        return grounded(q, hits, Optional.of("llm-unavailable"));
      }
      if (reply != null) {
        reply = masker.restore(reply);
      }
      if (reply == null || reply.isBlank()) {
        problems = List.of("回答为空");
        listener.rejected(problems);
        continue;
      }
      Verification v = verifier.verify(reply, context, q, lib.citations());
      if (v.passed()) {
        String text = AnswerLabels.AI_GENERATED + "\n\n" + reply.strip();
        return new Answer(
            AnswerMode.LLM,
            text,
            v.cited(),
            AnswerMetadata.of(AnswerMode.LLM, Optional.of(model.model()), clock.instant(), text),
            Optional.empty());
      }
      problems = v.problems();
      listener.rejected(problems);
    }
    return grounded(q, hits, Optional.of("citations-not-verified"));
  }

  private Answer grounded(String question, List<SearchHit> hits, Optional<String> fallback) {
    GroundedAnswerComposer.Composition c = composer.compose(question, hits);
    String text = AnswerLabels.RETRIEVAL + "\n\n" + c.text();
    return new Answer(
        AnswerMode.GROUNDED,
        text,
        c.citations(),
        AnswerMetadata.of(AnswerMode.GROUNDED, Optional.empty(), clock.instant(), text),
        fallback);
  }

  /** A short follow-up question is searched together with the question before it. */
  private static String retrievalQuery(String question, List<String> history) {
    if (history.isEmpty() || question.codePointCount(0, question.length()) >= 20) {
      return question;
    }
    return history.get(history.size() - 1) + " " + question;
  }

  /**
   * Checks a question and returns it trimmed, zero-width characters removed.
   *
   * @throws InvalidQuestionException when empty, longer than {@link #MAX_QUESTION_CHARS}, or
   *     holding control or bidirectional-override characters
   */
  public static String checkQuestion(String question) {
    if (question == null) {
      throw new InvalidQuestionException("the question is missing");
    }
    StringBuilder clean = new StringBuilder(question.length());
    List<String> bad = new ArrayList<>();
    question
        .codePoints()
        .forEach(
            cp -> {
              if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
                return;
              }
              if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                bad.add("bidirectional control character");
                return;
              }
              if (Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\r') {
                bad.add("control character");
                return;
              }
              if (Character.getType(cp) == Character.SURROGATE) {
                bad.add("unpaired surrogate");
                return;
              }
              clean.appendCodePoint(cp);
            });
    if (!bad.isEmpty()) {
      throw new InvalidQuestionException("the question contains a " + bad.get(0));
    }
    String q = clean.toString().strip();
    if (q.isEmpty()) {
      throw new InvalidQuestionException("the question is empty");
    }
    if (q.codePointCount(0, q.length()) > MAX_QUESTION_CHARS) {
      throw new InvalidQuestionException(
          "the question is longer than " + MAX_QUESTION_CHARS + " characters");
    }
    return q;
  }
}
