package org.zhuiguang.assistant.plan.risk;

/**
 * One rule of the grading table that the narrative meets.
 *
 * @param level the level the rule gives
 * @param rule the rule, as the table words it
 * @param fact what in the narrative meets it
 */
public record RiskFinding(RiskLevel level, String rule, String fact) {}
