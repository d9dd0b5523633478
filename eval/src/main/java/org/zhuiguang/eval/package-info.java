/**
 * The evaluation harness: one package per stage (input, gold, retrieval, answers, mediation,
 * report, regression, compare). It reads the product's outputs and scores them exactly as the
 * independent scorers in ../shared/tools do.
 */
package org.zhuiguang.eval;
