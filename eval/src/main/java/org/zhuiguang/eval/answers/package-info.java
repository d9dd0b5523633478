/**
 * Answer evaluation: citation recall, precision and validity, ROUGE-L, as tools/score_answers.py.
 */
package org.zhuiguang.eval.answers;
