/**
 * Searching the statute index: BM25 over Chinese bigrams and unigrams, dense vectors (HNSW), and
 * both fused by reciprocal rank; filters by level, jurisdiction and the day whose versions are in
 * force.
 *
 * <p>Opening a searcher on an index folder (it follows the folder's {@code CURRENT} pointer,
 * checked at most once a second, and keeps each request on one generation):
 *
 * <pre>{@code
 * try (LuceneStatuteSearcher searcher =
 *     LuceneStatuteSearcher.open(indexDir, SearcherConfig.defaults())) {
 *   searcher.status();          // manifest, modes available now, why dense is off if it is
 *   searcher.search(SearchRequest.of("邻居装修噪音", 10, SearchMode.HYBRID));
 * }
 * }</pre>
 *
 * A hybrid or dense request on an index without complete vectors of the configured model is served
 * with BM25; {@link org.zhuiguang.indexer.search.LuceneStatuteSearcher#effectiveMode} tells which.
 */
package org.zhuiguang.indexer.search;
