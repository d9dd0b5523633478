package org.zhuiguang.assistant.plan.understanding;

/**
 * A number of people the narrative names (三十多名工人, 五个工人, 十几个亲戚).
 *
 * @param count the number; for an approximate one its lower bound
 * @param approximate whether it is only rough (多, 几, 来)
 * @param noun who they are (工人, 业主, 亲戚)
 * @param text the words as written
 * @param group whether they act together or are affected as a group in this dispute, rather than
 *     being bystanders or the size of the place (厂里三百多号人, 别的车间工资都按时发了)
 */
public record PeopleMention(
    int count, boolean approximate, String noun, String text, boolean group) {}
