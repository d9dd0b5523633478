package org.zhuiguang.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed statute corpus: every law with its versions. */
public final class Corpus implements StatuteCatalog {

  private final Map<String, Law> lawsByTitle;

  public Corpus(List<Law> laws) {
    Map<String, Law> byTitle = new LinkedHashMap<>();
    for (Law law : laws) {
      if (byTitle.putIfAbsent(law.title(), law) != null) {
        throw new IllegalArgumentException("two laws with one title: " + law.title());
      }
    }
    this.lawsByTitle = Collections.unmodifiableMap(byTitle);
  }

  /** Every law, in the order they were read. */
  public List<Law> laws() {
    return List.copyOf(lawsByTitle.values());
  }

  public Optional<Law> law(String title) {
    return Optional.ofNullable(lawsByTitle.get(title));
  }

  /** The number of articles in the versions in force. */
  public int articlesInForce() {
    return lawsByTitle.values().stream().mapToInt(l -> l.inForce().articles().size()).sum();
  }

  /** The number of versions of all laws. */
  public int versionCount() {
    return lawsByTitle.values().stream().mapToInt(l -> l.versions().size()).sum();
  }

  @Override
  public Set<String> titles() {
    return lawsByTitle.keySet();
  }

  @Override
  public Optional<LawLevel> level(String title) {
    return law(title).map(Law::level);
  }

  @Override
  public Optional<String> region(String title) {
    return law(title).flatMap(Law::region);
  }

  @Override
  public Optional<StatuteArticle> article(String title, ArticleNumber number) {
    return law(title)
        .flatMap(
            law ->
                law.inForce()
                    .article(number)
                    .map(
                        a ->
                            new StatuteArticle(
                                law.title(), number, law.inForce().versionDate(), a.text())));
  }
}
