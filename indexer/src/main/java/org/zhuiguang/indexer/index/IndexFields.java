package org.zhuiguang.indexer.index;

/**
 * Every field name of the statute index, in one place, with the schema version. Bump {@link
 * #SCHEMA_VERSION} whenever a field is added, removed or changes meaning: an index of another
 * schema version is rebuilt, never read.
 */
public final class IndexFields {

  /**
   * The version of this schema, recorded in every commit's manifest. 2: {@link #VERSION_ID}, {@link
   * #LEVEL} and {@link #HEADING} carry doc values.
   */
  public static final int SCHEMA_VERSION = 2;

  /**
   * {@code law|article|suffix}, the id used in run files and citations (not unique over versions).
   */
  public static final String ID = "id";

  /**
   * {@code law|article|suffix|yyyy-MM-dd}: unique per document; indexed, stored and a sorted doc
   * value (re-ranking reads it without the stored fields).
   */
  public static final String VERSION_ID = "version_id";

  /** The law's full title; also the term that deletes all of a law's documents on update. */
  public static final String LAW = "law";

  /** The level's enum name, e.g. {@code LAW}; indexed, stored and a sorted doc value. */
  public static final String LEVEL = "level";

  /** The region of a local rule, or {@link #NATIONAL} for national rules. */
  public static final String REGION = "region";

  /** The region value of national rules. */
  public static final String NATIONAL = "全国";

  /** The version date, {@code yyyy-MM-dd}, stored. */
  public static final String VERSION = "version";

  /** First day the version applies, as an epoch day point. */
  public static final String VALID_FROM = "valid_from";

  /** Day the successor version takes over (exclusive), epoch day; {@link #OPEN_END} if none. */
  public static final String VALID_TO = "valid_to";

  /** {@link #VALID_TO} of the versions in force. */
  public static final int OPEN_END = Integer.MAX_VALUE;

  /** Article number, stored int. */
  public static final String ARTICLE = "article";

  /** Article suffix (之一 is 1), stored int. */
  public static final String SUFFIX = "suffix";

  /** The chapter headings, outermost first, one stored value each. */
  public static final String CHAPTER = "chapter";

  /**
   * The innermost chapter heading, a sorted doc value only (absent when the article has no
   * chapter).
   */
  public static final String HEADING = "heading";

  /** The article's text as the corpus holds it, stored only. */
  public static final String TEXT = "text";

  /** The analyzed field BM25 searches: law title, then the article text. */
  public static final String CONTENTS = "contents";

  /** Hash of the text the embedding was computed from, stored (hex). */
  public static final String EMBED_HASH = "embed_hash";

  /** The article's embedding. */
  public static final String VECTOR = "vector";

  private IndexFields() {}
}
