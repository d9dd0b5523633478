/** Embeddings of articles and queries, and their on-disk cache. */
package org.zhuiguang.indexer.embed;
