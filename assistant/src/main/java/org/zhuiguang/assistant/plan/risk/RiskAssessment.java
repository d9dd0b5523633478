package org.zhuiguang.assistant.plan.risk;

import java.util.List;

/**
 * A risk grade with the findings behind it.
 *
 * @param level the highest level any finding reaches, else 一般
 * @param findings every rule met, highest first
 * @param reason the reason in words, for the plan
 */
public record RiskAssessment(RiskLevel level, List<RiskFinding> findings, String reason) {

  public RiskAssessment {
    findings = List.copyOf(findings);
  }
}
