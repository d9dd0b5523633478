/**
 * Building and updating the statute index. {@link org.zhuiguang.indexer.index.IndexFields} names
 * every field and the schema version; {@link org.zhuiguang.indexer.index.ArticleDocumentGenerator}
 * is the one mapping from the corpus record to the Lucene document; {@link
 * org.zhuiguang.indexer.index.IndexBuilder} writes generations ({@code gen-NNNNNN/} with a manifest
 * in the commit user data) and {@link org.zhuiguang.indexer.index.IndexGenerations} verifies them
 * and switches the {@code CURRENT} pointer atomically.
 *
 * <p>Building from a service, in the background:
 *
 * <pre>{@code
 * IndexBuilder builder = new IndexBuilder(indexDir, new StatuteAnalyzer(),
 *     Optional.of(LazyEncoder.bge()), progressListener, Runtime.getRuntime().availableProcessors());
 * builder.update(corpus, true); // BM25 generation served first, vectors after; IndexBusyException
 *                               // (409) while another build or update holds the write lock
 * }</pre>
 */
package org.zhuiguang.indexer.index;
