package org.zhuiguang.assistant.answer;

import java.util.List;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * The outcome of checking a reply's citations.
 *
 * @param cited the articles the reply cites, resolved against the catalog, in order of first
 *     mention
 * @param problems what is wrong, one sentence each; empty when the reply passes
 */
public record Verification(List<StatuteArticle> cited, List<String> problems) {

  public Verification {
    cited = List.copyOf(cited);
    problems = List.copyOf(problems);
  }

  public boolean passed() {
    return problems.isEmpty();
  }
}
