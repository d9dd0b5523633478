package org.zhuiguang.assistant.plan.risk;

import java.util.List;

/**
 * The escalation path with the reason and the deadlines it brings.
 *
 * @param escalation the path
 * @param reason why
 * @param deadlines the service-standard deadlines, in the order they fall due
 */
public record EscalationDecision(Escalation escalation, String reason, List<Deadline> deadlines) {

  public EscalationDecision {
    deadlines = List.copyOf(deadlines);
  }
}
