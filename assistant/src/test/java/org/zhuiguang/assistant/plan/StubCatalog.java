package org.zhuiguang.assistant.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.assistant.plan.law.LegalIssueCatalog;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/** A catalog holding exactly the articles the bundled legal-issue data names, with stub text. */
public final class StubCatalog implements StatuteCatalog {

  private final Set<String> refs = new LinkedHashSet<>();
  private final Set<String> titles = new LinkedHashSet<>();

  public StubCatalog() {
    for (StatuteReference r : LegalIssueCatalog.defaults().allReferences()) {
      titles.add(r.law());
      refs.add(r.law() + "|" + r.number().toKey());
    }
  }

  @Override
  public Set<String> titles() {
    return titles;
  }

  @Override
  public Optional<LawLevel> level(String title) {
    return Optional.of(LawLevel.LAW);
  }

  @Override
  public Optional<String> region(String title) {
    return Optional.empty();
  }

  @Override
  public Optional<StatuteArticle> article(String title, ArticleNumber number) {
    if (!refs.contains(title + "|" + number.toKey())) {
      return Optional.empty();
    }
    return Optional.of(
        new StatuteArticle(title, number, LocalDate.of(2020, 1, 1), title + number.toChinese()));
  }
}
