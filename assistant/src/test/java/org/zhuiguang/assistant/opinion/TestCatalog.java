package org.zhuiguang.assistant.opinion;

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

/** The articles the legal-issue data names, with invented text and a fixed version date. */
final class TestCatalog implements StatuteCatalog {

  static final LocalDate VERSION = LocalDate.of(2021, 3, 4);

  private final Set<String> refs = new LinkedHashSet<>();
  private final Set<String> titles = new LinkedHashSet<>();

  TestCatalog() {
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
    return Optional.of(new StatuteArticle(title, number, VERSION, "示范条文" + number.toKey() + "。"));
  }
}
