/** Mediation-plan evaluation: type, risk, escalation, articles, departments, completeness. */
package org.zhuiguang.eval.mediation;
