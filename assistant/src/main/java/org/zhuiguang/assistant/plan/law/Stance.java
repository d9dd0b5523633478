package org.zhuiguang.assistant.plan.law;

/** Whose position an article supports in a dispute. */
public enum Stance {
  /** The side that asks for help (the affected neighbour, the unpaid worker, the tenant ...). */
  CLAIMANT,
  /** The other side. */
  RESPONDENT,
  /** Neither: procedure or a rule both rely on. */
  BOTH;

  static Stance of(String text) {
    return switch (text) {
      case "claimant" -> CLAIMANT;
      case "respondent" -> RESPONDENT;
      default -> BOTH;
    };
  }
}
