/**
 * Regressions as data: one YAML file per experiment with expected figures and a tolerance, one
 * driver that prints [OK] or [FAIL] per figure.
 */
package org.zhuiguang.eval.regression;
