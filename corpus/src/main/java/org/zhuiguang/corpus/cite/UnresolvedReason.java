package org.zhuiguang.corpus.cite;

/** Why a citation could not be resolved to an article of the catalog. */
public enum UnresolvedReason {
  /** The law named is not in the catalog (or is a local rule the catalog does not hold). */
  UNKNOWN_LAW,
  /** The law name fits several titles of the catalog equally well; none is picked. */
  AMBIGUOUS_LAW,
  /** The law is known but its version in force has no article with this number. */
  NO_SUCH_ARTICLE,
  /** No law is named: a bare 第X条, or 该法 / 本法 with no law named before it. */
  NO_LAW_NAMED
}
