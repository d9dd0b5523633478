package org.zhuiguang.assistant.plan.sandbox;

/**
 * A likely next move of a side if mediation fails, and what it would cost that side.
 *
 * @param move the move (complain to 12345, sue, cut the water ...)
 * @param cost what it costs
 */
public record Move(String move, String cost) {}
