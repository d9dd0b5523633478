package org.zhuiguang.assistant.plan.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The escalation rule of the domain brief: 重大 is escalated to the street or district with an
 * immediate alert; 较大, or 一般 needing a power the community lacks, is ordered by the community and
 * executed by departments; the rest the community settles the same day.
 */
public final class EscalationPolicy {

  /**
   * Decides the path.
   *
   * @param risk the grade
   * @param powersNeeded the powers the community lacks that settling the case needs (enforcement,
   *     inspection, an official finding, a payment only a department can make), with the department
   *     holding each; empty when the community can settle it by itself
   */
  public EscalationDecision decide(RiskAssessment risk, List<String> powersNeeded) {
    Escalation path;
    String reason;
    switch (risk.level()) {
      case MAJOR -> {
        path = Escalation.ESCALATE;
        reason = "风险等级为重大，立即预警并提级至街道或区，3个工作日内化解";
      }
      case SERIOUS -> {
        path = Escalation.COMMUNITY_ORDERS;
        reason =
            "风险等级为较大，由社区党委发令、相关部门指派专人限时到场执行"
                + (powersNeeded.isEmpty() ? "" : "（" + String.join("；", powersNeeded) + "）");
      }
      default -> {
        if (powersNeeded.isEmpty()) {
          path = Escalation.SAME_DAY;
          reason = "风险等级为一般，社区依靠自身力量即可调处，当日办结";
        } else {
          path = Escalation.COMMUNITY_ORDERS;
          reason = "风险等级为一般，但化解需要社区不具备的职权：" + String.join("；", powersNeeded) + "，由社区发令、部门执行";
        }
      }
    }
    return new EscalationDecision(path, reason, deadlines(path));
  }

  /** The service-standard deadlines of a path. */
  public static List<Deadline> deadlines(Escalation path) {
    List<Deadline> out = new ArrayList<>();
    out.add(new Deadline("受理并回应诉求人", "10分钟内", "接诉的网格员或社区工作站"));
    out.add(new Deadline("责任单位负责人与当事人见面", "30分钟内", "责任单位负责人"));
    switch (path) {
      case SAME_DAY -> out.add(new Deadline("调处完毕，当日办结", "当日", "社区工作站、人民调解委员会"));
      case COMMUNITY_ORDERS -> {
        out.add(new Deadline("社区党委发出指令，写明到场人员、地点和时间", "当日", "社区党委"));
        out.add(new Deadline("被指令部门派专人按指定时间地点到场处置，处置情况纳入部门绩效考核", "按指令时间（当日内）", "被指令部门"));
      }
      case ESCALATE -> {
        out.add(new Deadline("立即预警，报街道或区并启动提级处置", "立即", "社区工作站"));
        out.add(new Deadline("街道或区牵头化解完毕", "3个工作日内", "街道或区"));
      }
    }
    out.add(new Deadline("达成调解协议的，可共同申请司法确认", "协议生效之日起30日内", "双方当事人、人民法院"));
    out.add(new Deadline("回访，确认协议履行", "协议履行后", "社区工作站"));
    return out;
  }
}
