package org.zhuiguang.indexer.search;

import java.util.List;
import java.util.Optional;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.StatuteArticle;

/** One ranked article: what it is, where it sits in its law, and how well it matched. */
public record SearchHit(
    StatuteArticle article,
    LawLevel level,
    Optional<String> region,
    List<String> chapterPath,
    double score) {

  public SearchHit {
    chapterPath = List.copyOf(chapterPath);
  }
}
