package org.zhuiguang.indexer.search;

import java.util.List;
import org.zhuiguang.corpus.LawLevel;

/**
 * One article of a ranking as re-ranking reads it: which version of which article, its law's level
 * and its innermost chapter heading, without its text. {@link #hit} gives the whole hit; a Lucene
 * searcher reads it from the stored fields only then, so re-ranking 200 candidates reads the text
 * of the few it keeps.
 */
public interface Candidate {

  /** {@code law|article|suffix|yyyy-MM-dd}: one version of one article. */
  String versionId();

  /** {@code law|article|suffix}, as {@link org.zhuiguang.corpus.StatuteArticle#docId()}. */
  String docId();

  /** The law's title. */
  String law();

  LawLevel level();

  /** The innermost chapter heading; empty when the article has no chapter. */
  String heading();

  /** The whole hit with this score. */
  SearchHit hit(double score);

  /** A candidate that already holds its hit. */
  static Candidate of(SearchHit hit) {
    return new Held(hit);
  }

  /** A candidate over a hit already read. */
  record Held(SearchHit searchHit) implements Candidate {

    @Override
    public String versionId() {
      return docId() + "|" + searchHit.article().version();
    }

    @Override
    public String docId() {
      return searchHit.article().docId();
    }

    @Override
    public String law() {
      return searchHit.article().law();
    }

    @Override
    public LawLevel level() {
      return searchHit.level();
    }

    @Override
    public String heading() {
      List<String> chapters = searchHit.chapterPath();
      return chapters.isEmpty() ? "" : chapters.get(chapters.size() - 1);
    }

    @Override
    public SearchHit hit(double score) {
      SearchHit h = searchHit;
      return new SearchHit(h.article(), h.level(), h.region(), h.chapterPath(), score);
    }
  }
}
