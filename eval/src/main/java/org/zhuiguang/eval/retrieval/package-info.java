/** Retrieval evaluation: TREC runs, recall, MRR and nDCG, exactly as tools/trec_eval.py. */
package org.zhuiguang.eval.retrieval;
