package org.zhuiguang.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.indexer.index.ArticleDocumentGenerator;
import org.zhuiguang.indexer.index.IndexFields;

/**
 * Builds Lucene queries from user text and request filters. The text is only analyzed, never parsed
 * as query syntax, and the number of clauses is bounded.
 */
final class QueryBuilder {

  /** At most this many distinct terms of a query are searched. */
  static final int MAX_TERMS = 256;

  /** Query text beyond this many characters is ignored. */
  static final int MAX_CHARS = 2_000;

  private QueryBuilder() {}

  /** A disjunction of the query's distinct terms over the contents field; null if none. */
  static Query bm25(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    try (TokenStream stream = analyzer.tokenStream(IndexFields.CONTENTS, bounded)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_TERMS) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String t : terms) {
      query.add(new TermQuery(new Term(IndexFields.CONTENTS, t)), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** The filter of a request: validity on a day (or in force), levels, and jurisdiction. */
  static Query filter(SearchRequest request, Set<String> regions) {
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    if (request.inForceOn().isPresent()) {
      int day = ArticleDocumentGenerator.epochDay(request.inForceOn().get());
      filter.add(
          IntPoint.newRangeQuery(IndexFields.VALID_FROM, Integer.MIN_VALUE, day),
          BooleanClause.Occur.FILTER);
      filter.add(
          IntPoint.newRangeQuery(IndexFields.VALID_TO, day + 1, Integer.MAX_VALUE),
          BooleanClause.Occur.FILTER);
    } else {
      filter.add(
          IntPoint.newExactQuery(IndexFields.VALID_TO, IndexFields.OPEN_END),
          BooleanClause.Occur.FILTER);
    }
    if (!request.levels().isEmpty()) {
      BooleanQuery.Builder levels = new BooleanQuery.Builder();
      for (LawLevel level : request.levels()) {
        levels.add(
            new TermQuery(new Term(IndexFields.LEVEL, level.name())), BooleanClause.Occur.SHOULD);
      }
      filter.add(levels.build(), BooleanClause.Occur.FILTER);
    }
    if (!regions.contains(SearcherConfig.ALL_REGIONS)) {
      BooleanQuery.Builder jurisdiction = new BooleanQuery.Builder();
      jurisdiction.add(
          new TermQuery(new Term(IndexFields.REGION, IndexFields.NATIONAL)),
          BooleanClause.Occur.SHOULD);
      for (String region : regions) {
        jurisdiction.add(
            new TermQuery(new Term(IndexFields.REGION, region)), BooleanClause.Occur.SHOULD);
      }
      filter.add(jurisdiction.build(), BooleanClause.Occur.FILTER);
    }
    return filter.build();
  }
}
