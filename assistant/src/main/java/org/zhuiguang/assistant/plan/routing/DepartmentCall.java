package org.zhuiguang.assistant.plan.routing;

/**
 * A department or force the case needs now, and why.
 *
 * @param department its label (社区工作站, 劳动监察 ...)
 * @param reason why this case needs it
 */
public record DepartmentCall(String department, String reason) {}
