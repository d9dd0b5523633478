/**
 * Statute citations: finding them in free text (《中华人民共和国民法典》第二百八十八条, 民法典第288条, 该法第三十条, lists and
 * ranges) and resolving each to an article of a {@link org.zhuiguang.corpus.StatuteCatalog}, or
 * saying why it cannot.
 */
package org.zhuiguang.corpus.cite;
