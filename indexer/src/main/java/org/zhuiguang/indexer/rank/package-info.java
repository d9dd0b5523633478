/**
 * Re-ranking of hybrid search: the BM25 and dense rankings fused by weighted reciprocal rank, plus
 * two static priors that hold for every question, a bonus by the level of the rule (laws and
 * judicial interpretations are what lawyers cite for the public's questions) and the number of
 * times other rules of the corpus cite the article. The weights were chosen on stard-dev with
 * 5-fold cross-validation; see docs/retrieval-quality.md.
 */
package org.zhuiguang.indexer.rank;
