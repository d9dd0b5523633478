package org.zhuiguang.assistant.plan.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * Resolves legal issues to articles of the index. Only articles the index holds are cited, and
 * their text is the index's own; a reference the index cannot resolve is reported, never cited.
 */
public final class ApplicableLaw {

  private static final String PREFIX = "中华人民共和国";

  private final StatuteCatalog catalog;

  public ApplicableLaw(StatuteCatalog catalog) {
    this.catalog = catalog;
  }

  /** The result: what is cited and what could not be resolved. */
  public record Resolution(List<CitedArticle> cited, List<StatuteReference> unresolved) {

    public Resolution {
      cited = List.copyOf(cited);
      unresolved = List.copyOf(unresolved);
    }
  }

  /** Resolves the issues' references in order, each article once. */
  public Resolution resolve(List<LegalIssue> issues) {
    Map<String, CitedArticle> cited = new LinkedHashMap<>();
    List<StatuteReference> unresolved = new ArrayList<>();
    for (LegalIssue issue : issues) {
      for (StatuteReference ref : issue.refs()) {
        Optional<StatuteArticle> article = article(ref);
        if (article.isEmpty()) {
          unresolved.add(ref);
          continue;
        }
        cited.putIfAbsent(
            article.get().docId(), new CitedArticle(article.get(), issue.issue(), issue.stance()));
      }
    }
    return new Resolution(new ArrayList<>(cited.values()), unresolved);
  }

  /** The article a reference names, if the index holds it; short titles are accepted. */
  public Optional<StatuteArticle> article(StatuteReference ref) {
    return title(ref.law()).flatMap(t -> catalog.article(t, ref.number()));
  }

  /** The full title of a law written in full or without 中华人民共和国 or 《》. */
  public Optional<String> title(String law) {
    if (catalog.titles().contains(law.strip())) {
      return Optional.of(law.strip()); // titles such as 关于适用《…》…的解释 keep their brackets
    }
    String bare = law.replace("《", "").replace("》", "").strip();
    if (catalog.titles().contains(bare)) {
      return Optional.of(bare);
    }
    String shortForm = bare.startsWith(PREFIX) ? bare.substring(PREFIX.length()) : bare;
    if (catalog.titles().contains(PREFIX + shortForm)) {
      return Optional.of(PREFIX + shortForm);
    }
    return catalog.titles().stream()
        .filter(
            t ->
                t.startsWith(PREFIX)
                    ? t.substring(PREFIX.length()).equals(shortForm)
                    : t.equals(shortForm))
        .findFirst();
  }
}
