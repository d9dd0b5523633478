package org.zhuiguang.assistant.plan;

import java.util.ArrayList;
import java.util.List;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.risk.Escalation;
import org.zhuiguang.assistant.plan.risk.EscalationDecision;
import org.zhuiguang.assistant.plan.routing.Routing;
import org.zhuiguang.assistant.plan.sandbox.Playbook;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;
import org.zhuiguang.assistant.plan.understanding.Signals;

/**
 * Lays out the mediation steps by the service standards and 三到位一处理: acknowledge, meet, alert or
 * summon departments, hear both sides and fix evidence, explain the law, mediate, put the agreement
 * in writing, visit again.
 */
final class StepPlanner {

  List<Step> plan(
      NarrativeAnalysis a,
      EscalationDecision escalation,
      Routing routing,
      Playbook playbook,
      List<CitedArticle> articles) {
    List<Step> steps = new ArrayList<>();
    Escalation path = escalation.escalation();
    String settle =
        switch (path) {
          case SAME_DAY -> "当日";
          case COMMUNITY_ORDERS -> "当日发令，部门按指令时间到场";
          case ESCALATE -> "3个工作日内";
        };
    add(steps, "网格员、社区工作站", "10分钟内", "受理登记，回应诉求人，了解事情经过并安抚情绪", playbook.evidence().subList(0, 1));
    boolean danger =
        a.has(Signals.VIOLENCE)
            || a.has(Signals.EXTREME)
            || a.has(Signals.SELF_HARM)
            || a.has(Signals.DANGER);
    if (path == Escalation.ESCALATE) {
      add(
          steps,
          "社区工作站",
          "立即",
          "启动预警，报告街道（或区）提级处置" + (danger ? "；通知派出所到场稳控，先保障人身安全" : ""),
          List.of("现场情况、人数和诉求的记录", "过激言行的录音录像"));
    }
    add(steps, "责任单位负责人", "30分钟内", "与当事人见面，明确办理人和办理时限", List.of());
    List<String> powered = routing.powers();
    if (!powered.isEmpty() && path != Escalation.SAME_DAY) {
      add(
          steps,
          path == Escalation.ESCALATE ? "街道" : "社区党委",
          path == Escalation.ESCALATE ? "立即" : "当日",
          "发出指令，要求相关部门派专人按指定时间、地点到场：" + String.join("；", powered),
          List.of());
    }
    add(steps, "人民调解员、网格员", settle, "分别听取双方陈述（必要时背靠背），核实事实，固定证据", playbook.evidence());
    List<String> lawNames = new ArrayList<>();
    for (CitedArticle c : articles) {
      if (lawNames.size() < 4) {
        lawNames.add("《" + c.article().law() + "》" + c.article().number().toChinese());
      }
    }
    add(
        steps,
        "法律顾问、人民调解员",
        settle,
        "释法说理（依据"
            + String.join("、", lawNames)
            + "）：合理诉求依法解决，不合理诉求耐心解释"
            + (a.has(Signals.HARDSHIP) || a.has(Signals.ELDERLY_ALONE) ? "，生活困难的协调救助" : "")
            + "，违法行为依法处理",
        List.of());
    add(steps, "人民调解委员会", settle, "组织调解，提出方案：" + String.join("；", playbook.options()), List.of());
    add(
        steps,
        "人民调解委员会",
        "达成协议当场",
        "制作书面调解协议，双方签名；告知可在协议生效之日起30日内共同向人民法院申请司法确认",
        List.of("调解协议书", "履行凭证"));
    add(steps, "社区工作站", "协议履行后", "回访，确认协议履行、矛盾不反弹", List.of("回访记录"));
    return steps;
  }

  private static void add(
      List<Step> steps, String who, String when, String what, List<String> evidence) {
    steps.add(new Step(steps.size() + 1, who, when, what, evidence));
  }
}
