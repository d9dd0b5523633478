package org.zhuiguang.eval.gold;

import java.util.List;
import java.util.Optional;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.eval.input.StatuteRef;

/**
 * What the harness needs of the corpus's citation resolver: turn a reference (full or short law
 * name) into an article, and find the citations written in a free text.
 */
public interface CitationLookup {

  /** The reference under the corpus title of its law, unchanged when the law is unknown. */
  StatuteRef canonical(StatuteRef ref);

  /** The article in force that a reference names, if the corpus has it. */
  Optional<StatuteArticle> article(StatuteRef ref);

  /** The citations written in a text, in order; unresolved ones included. */
  List<FoundCitation> find(String text);

  /**
   * A citation found in a text.
   *
   * @param text the citation as written
   * @param ref what it names, under the corpus title when the law is known; empty when no law or
   *     article number could be read
   * @param article the article it resolves to, if any
   */
  record FoundCitation(String text, Optional<StatuteRef> ref, Optional<StatuteArticle> article) {}
}
