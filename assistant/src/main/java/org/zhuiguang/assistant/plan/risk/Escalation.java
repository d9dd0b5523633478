package org.zhuiguang.assistant.plan.risk;

/** The three escalation paths, each with the label plans print. */
public enum Escalation {
  SAME_DAY("社区当日办结"),
  COMMUNITY_ORDERS("社区发令-部门执行"),
  ESCALATE("提级-街道或区3个工作日");

  private final String label;

  Escalation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
