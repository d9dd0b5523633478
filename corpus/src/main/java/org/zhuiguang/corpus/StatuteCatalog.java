package org.zhuiguang.corpus;

import java.util.Optional;
import java.util.Set;

/**
 * What a citation resolver needs to know of a body of statutes: which laws exist and which articles
 * their versions in force hold. The parsed {@link Corpus} is one; an index is another.
 */
public interface StatuteCatalog {

  /** The full titles of every law, as the corpus writes them. */
  Set<String> titles();

  /** The level of a law, by its full title. */
  Optional<LawLevel> level(String title);

  /** The region of a local rule (广东, 上海), by its full title; empty for national rules. */
  Optional<String> region(String title);

  /** The article of the law's version in force, if it exists. */
  Optional<StatuteArticle> article(String title, ArticleNumber number);
}
