package org.zhuiguang.assistant.plan;

import java.util.List;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.risk.Deadline;
import org.zhuiguang.assistant.plan.routing.DepartmentCall;
import org.zhuiguang.assistant.plan.sandbox.Move;
import org.zhuiguang.assistant.plan.sandbox.PartyView;
import org.zhuiguang.corpus.StatuteArticle;

/** Renders a plan as Markdown, in the order of the domain brief: what a worker reads or exports. */
public final class PlanMarkdown {

  private PlanMarkdown() {}

  public static String render(DisputePlan plan) {
    StringBuilder md = new StringBuilder();
    md.append("# 纠纷研判方案\n\n> ").append(PlanJson.LABEL).append("\n\n");

    md.append("## 一、事实概要\n\n").append(plan.summary()).append("\n\n");
    if (!plan.questions().isEmpty()) {
      md.append("尚需核实：\n\n");
      bullets(md, plan.questions());
    }

    md.append("## 二、类型、风险与处置路径\n\n");
    md.append("- 纠纷类型：").append(plan.type().label()).append('\n');
    md.append("- 风险等级：")
        .append(plan.risk().level().label())
        .append("（")
        .append(plan.risk().reason())
        .append("）\n");
    md.append("- 处置路径：")
        .append(plan.escalation().escalation().label())
        .append("（")
        .append(plan.escalation().reason())
        .append("）\n");
    for (Deadline d : plan.escalation().deadlines()) {
      md.append("- 时限：").append(d.within()).append(" ").append(d.what());
      md.append("（").append(d.who()).append("）\n");
    }
    md.append('\n');

    md.append("## 三、当事人与沙盘推演\n\n");
    for (PartyView party : plan.parties()) {
      md.append("### ").append(party.role());
      if (!party.name().isEmpty()) {
        md.append("：").append(party.name());
      }
      md.append("\n\n- 立场：").append(party.position()).append('\n');
      if (!party.interests().isEmpty()) {
        md.append("- 利益：").append(String.join("；", party.interests())).append('\n');
      }
      md.append("- 有利依据：").append(refs(party.articlesFor())).append('\n');
      md.append("- 不利依据：").append(refs(party.articlesAgainst())).append('\n');
      for (Move move : party.moves()) {
        md.append("- 调解不成可能：").append(move.move()).append("（代价：").append(move.cost()).append("）\n");
      }
      md.append('\n');
    }

    md.append("## 四、适用法律\n\n");
    for (CitedArticle cited : plan.articles()) {
      StatuteArticle a = cited.article();
      md.append("**《").append(a.law()).append("》").append(a.number().toChinese());
      md.append("**（").append(a.version()).append("版；").append(cited.issue()).append("）\n\n");
      for (String line : a.text().split("\n", -1)) {
        md.append("> ").append(line).append('\n');
      }
      md.append('\n');
    }

    md.append("## 五、协调部门与力量\n\n");
    for (DepartmentCall d : plan.departments()) {
      md.append("- ").append(d.department()).append("：").append(d.reason()).append('\n');
    }
    md.append('\n');

    md.append("## 六、调解步骤\n\n");
    for (Step step : plan.steps()) {
      md.append(step.order()).append(". **").append(step.when()).append("，").append(step.who());
      md.append("**：").append(step.what());
      if (!step.evidence().isEmpty()) {
        md.append("（固定证据：").append(String.join("、", step.evidence())).append("）");
      }
      md.append('\n');
    }
    md.append("\n### 协议方案\n\n");
    bullets(md, plan.options());
    md.append("### 调解不成时\n\n");
    bullets(md, plan.fallbacks());
    if (!plan.reasoning().isEmpty()) {
      md.append("## 附：研判依据\n\n");
      bullets(md, plan.reasoning());
    }
    return md.toString();
  }

  private static String refs(List<CitedArticle> cited) {
    if (cited.isEmpty()) {
      return "无";
    }
    StringBuilder out = new StringBuilder();
    for (CitedArticle c : cited) {
      if (!out.isEmpty()) {
        out.append("、");
      }
      out.append("《")
          .append(c.article().law())
          .append("》")
          .append(c.article().number().toChinese());
    }
    return out.toString();
  }

  private static void bullets(StringBuilder md, List<String> items) {
    for (String item : items) {
      md.append("- ").append(item).append('\n');
    }
    md.append('\n');
  }
}
