package org.zhuiguang.assistant.plan.risk;

/** The three risk grades of 矛盾纠纷分级预警, lowest first. */
public enum RiskLevel {
  ORDINARY("一般"),
  SERIOUS("较大"),
  MAJOR("重大");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
