package org.zhuiguang.assistant.opinion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * A legal-opinion draft as built: its sections in order (the label first), the body they make, the
 * articles it quotes (from the index, verbatim) and its metadata.
 *
 * @param title the opinion's title
 * @param sections the sections, each with its heading, in the order DOMAIN.md lists them
 * @param citations the quoted articles
 * @param metadata producer, content id, model, time, SHA-256 of {@link #body()}
 * @param mode {@link #LLM} when a model wrote the prose, else {@link #OFFLINE}
 * @param fallback in LLM mode, why the prose is the offline one after all ({@link
 *     #LLM_UNAVAILABLE}, {@link #REPLY_INVALID}, {@link #CITATIONS_NOT_VERIFIED}, {@link
 *     #NO_ARTICLES})
 */
public record OpinionDraft(
    String title,
    List<Section> sections,
    List<StatuteArticle> citations,
    OpinionMetadata metadata,
    String mode,
    Optional<String> fallback) {

  public static final String LLM = "llm";
  public static final String OFFLINE = "offline";

  /** The model was refused, slow, failing or unreachable. */
  public static final String LLM_UNAVAILABLE = "llm-unavailable";

  /** Twice a reply that was not the required JSON object of plain text. */
  public static final String REPLY_INVALID = "reply-invalid";

  /** Twice a reply whose citations or quotes did not verify. */
  public static final String CITATIONS_NOT_VERIFIED = "citations-not-verified";

  /** Nothing in the index the model could have cited. */
  public static final String NO_ARTICLES = "no-articles";

  /** One section: a heading (empty for the label) and its text. */
  public record Section(String heading, String text) {

    public Section {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(text, "text");
    }
  }

  public OpinionDraft {
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
    citations = List.copyOf(citations);
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(fallback, "fallback");
  }

  /** The full text: the label line, the title, then each section under its heading. */
  public String body() {
    return render(title, sections);
  }

  static String render(String title, List<Section> sections) {
    StringBuilder out = new StringBuilder();
    out.append(OpinionLabels.AI_LABEL).append("\n\n").append(title).append('\n');
    for (Section s : sections) {
      out.append('\n').append(s.heading()).append('\n').append(s.text()).append('\n');
    }
    return out.toString();
  }
}
