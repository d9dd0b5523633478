package org.zhuiguang.corpus.collection;

/**
 * Why a file of the collection did not become (all of) a law version. Every reason but {@link
 * #PARTLY_PARSED} skips the whole file.
 */
public enum SkipReason {
  /** Not a {@code .md} file. */
  NOT_MARKDOWN("not_markdown", "not a .md file"),
  /** A folder index or read-me page ({@code _index.md}, {@code README.md}). */
  INDEX_PAGE("index_page", "folder index or read-me page"),
  /** A court-case write-up (under a {@code 案例} folder). */
  CASE_WRITEUP("case_writeup", "court-case write-up"),
  /** The contributors' template for new statute files. */
  TEMPLATE("template", "statute file template"),
  /**
   * Not statute-shaped: no {@code <!-- INFO END -->} marker, no title, or a guide with no articles.
   */
  NOT_STATUTE("not_statute", "not a statute (no header, title or articles)"),
  /** An amendment (修正案, 关于修改……的决定): not the law it amends, never merged into it. */
  AMENDMENT_DOCUMENT("amendment_document", "amendment document"),
  /** A dated statute without 第X条 articles (decisions, resolutions, 一、二、 sections). */
  NO_ARTICLES("no_articles", "statute without articles"),
  /** The same version of a law as another file (same title and date, e.g. in two folders). */
  DUPLICATE_VERSION("duplicate_version", "duplicate of another file's version"),
  /**
   * An undated file whose history is not older than a dated version of the same title but whose
   * articles differ: it cannot be ordered below the dated versions, so it is left out.
   */
  UNDATED_CONFLICT("undated_conflict", "undated version conflicting with a dated one"),
  /** The file could not be read (I/O error or not UTF-8). */
  UNREADABLE("unreadable", "unreadable (I/O error or not UTF-8)"),
  /**
   * A statute that was read, but with lines it could not place (a malformed 第X条 heading, a repeated
   * article number, an article without text). Such files are counted as parsed as well.
   */
  PARTLY_PARSED("partly_parsed", "parsed, with unparsable lines left out");

  private final String key;
  private final String description;

  SkipReason(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** The stable snake_case key used in JSON reports. */
  public String key() {
    return key;
  }

  /** A short English description for tables. */
  public String description() {
    return description;
  }

  /** Whether the reason leaves the whole file out; false for {@link #PARTLY_PARSED}. */
  public boolean wholeFile() {
    return this != PARTLY_PARSED;
  }
}
