package org.zhuiguang.assistant.plan.risk;

/**
 * A time limit of the service standards that applies to the case.
 *
 * @param what what must be done
 * @param within the limit (10分钟, 30分钟, 当日, 3个工作日 ...)
 * @param who who is responsible
 */
public record Deadline(String what, String within, String who) {}
