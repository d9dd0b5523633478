package org.zhuiguang.assistant.plan.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawVersion;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * Resolves legal issues to articles of the index. Only articles the index holds are cited, and
 * their text is the index's own; a reference the index cannot resolve is reported, never cited.
 *
 * <p>With the day a dispute arose, each article is taken from the version of its law in force on
 * that day, by the same rule as the index's date filter ({@code search --date}): the newest version
 * whose version date is on or before the day. An article that version lacks is not cited (it is
 * reported unresolved); a law whose every version is newer than the day is cited in its current
 * version with a note, since the corpus holds nothing older to quote.
 */
public final class ApplicableLaw {

  private static final String PREFIX = "中华人民共和国";

  private final StatuteCatalog catalog;

  public ApplicableLaw(StatuteCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The result: what is cited, what could not be resolved, and notes on the versions chosen.
   *
   * @param cited the cited articles, each once
   * @param unresolved references that are not cited
   * @param notes how versions were chosen for the day, when one was given
   */
  public record Resolution(
      List<CitedArticle> cited, List<StatuteReference> unresolved, List<String> notes) {

    public Resolution {
      cited = List.copyOf(cited);
      unresolved = List.copyOf(unresolved);
      notes = List.copyOf(notes);
    }

    public Resolution(List<CitedArticle> cited, List<StatuteReference> unresolved) {
      this(cited, unresolved, List.of());
    }
  }

  /** Resolves the issues' references in order, each article once, in the versions in force now. */
  public Resolution resolve(List<LegalIssue> issues) {
    return resolve(issues, Optional.empty());
  }

  /** Resolves the issues' references in the versions in force on {@code day} (now when empty). */
  public Resolution resolve(List<LegalIssue> issues, Optional<LocalDate> day) {
    Map<String, CitedArticle> cited = new LinkedHashMap<>();
    List<StatuteReference> unresolved = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    for (LegalIssue issue : issues) {
      for (StatuteReference ref : issue.refs()) {
        Optional<StatuteArticle> article = article(ref, day, notes);
        if (article.isEmpty()) {
          unresolved.add(ref);
          continue;
        }
        cited.putIfAbsent(
            article.get().docId(), new CitedArticle(article.get(), issue.issue(), issue.stance()));
      }
    }
    return new Resolution(new ArrayList<>(cited.values()), unresolved, new ArrayList<>(notes));
  }

  /** The article a reference names, if the index holds it; short titles are accepted. */
  public Optional<StatuteArticle> article(StatuteReference ref) {
    return title(ref.law()).flatMap(t -> catalog.article(t, ref.number()));
  }

  /** The article a reference names in the version in force on {@code day} (now when empty). */
  public Optional<StatuteArticle> article(StatuteReference ref, Optional<LocalDate> day) {
    return article(ref, day, new LinkedHashSet<>());
  }

  private Optional<StatuteArticle> article(
      StatuteReference ref, Optional<LocalDate> day, Set<String> notes) {
    Optional<String> title = title(ref.law());
    if (title.isEmpty()) {
      return Optional.empty();
    }
    if (day.isEmpty()) {
      return catalog.article(title.get(), ref.number());
    }
    if (!(catalog instanceof Corpus corpus)) {
      notes.add("条文目录不含历史版本，按现行版本引用");
      return catalog.article(title.get(), ref.number());
    }
    Optional<Law> law = corpus.law(title.get());
    if (law.isEmpty()) {
      return Optional.empty();
    }
    Optional<LawVersion> then = law.get().inForceOn(day.get());
    if (then.isEmpty()) {
      notes.add(
          "《"
              + title.get()
              + "》最早的版本（"
              + law.get().versions().get(0).versionDate()
              + "）晚于纠纷发生日"
              + day.get()
              + "，按现行版本引用，请核实当时适用的规定");
      return catalog.article(title.get(), ref.number());
    }
    LawVersion version = then.get();
    if (version != law.get().inForce()) {
      notes.add(
          "《"
              + title.get()
              + "》按纠纷发生日"
              + day.get()
              + "有效的"
              + version.versionDate()
              + "版本引用（现行版本为"
              + law.get().inForce().versionDate()
              + "）");
    }
    return version
        .article(ref.number())
        .map(a -> new StatuteArticle(title.get(), ref.number(), version.versionDate(), a.text()));
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
