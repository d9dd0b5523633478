/** Text analysis of statutes and queries: Chinese tokenization with full-width folding. */
package org.zhuiguang.indexer.analysis;
