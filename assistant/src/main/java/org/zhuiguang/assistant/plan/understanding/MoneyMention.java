package org.zhuiguang.assistant.plan.understanding;

/**
 * A sum of money the narrative names.
 *
 * @param yuan the amount in yuan; for an approximate amount (三万多, 十几万) its lower bound
 * @param approximate whether the narrative gives it only roughly
 * @param text the words as written
 * @param start where the words start in the narrative
 * @param claimed whether it reads as the sum in dispute rather than a surrounding value (a flat's
 *     price, a company's turnover)
 */
public record MoneyMention(
    long yuan, boolean approximate, String text, int start, boolean claimed) {}
