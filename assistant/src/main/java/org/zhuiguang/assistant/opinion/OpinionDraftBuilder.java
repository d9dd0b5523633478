package org.zhuiguang.assistant.opinion;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.zhuiguang.assistant.plan.DisputePlan;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.plan.Step;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.law.Stance;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * Builds a legal-opinion draft from a case file, offline and deterministically: the plan builder
 * reads the narrative and picks the legal issues; only articles the catalog (the index) holds are
 * quoted, verbatim, with law, number and version date. Facts come from the case file only.
 */
public final class OpinionDraftBuilder {

  /** Section headings, in DOMAIN.md's order. */
  public static final String BACKGROUND = "一、背景与咨询问题";

  public static final String FACTS = "二、事实（仅依据案卷）";
  public static final String LEGAL_BASIS = "三、法律依据";
  public static final String ANALYSIS = "四、分析";
  public static final String CONCLUSION = "五、结论与建议";
  public static final String RISKS = "六、风险提示";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private final PlanBuilder plans;
  private final Clock clock;

  public OpinionDraftBuilder(StatuteCatalog catalog, Clock clock) {
    this(PlanBuilder.withDefaults(catalog), clock);
  }

  public OpinionDraftBuilder(PlanBuilder plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  /** A draft for the case; {@code question} is the question asked, empty for the default. */
  public OpinionDraft build(CaseFile file, String question) {
    DisputePlan plan = plans.build(file.narrative());
    String title = "关于“" + file.title() + "”的法律意见书（草稿）";
    List<StatuteArticle> cited = plan.articles().stream().map(CitedArticle::article).toList();
    List<OpinionDraft.Section> sections = new ArrayList<>();
    sections.add(new OpinionDraft.Section(BACKGROUND, background(file, plan, question)));
    sections.add(new OpinionDraft.Section(FACTS, facts(file)));
    sections.add(new OpinionDraft.Section(LEGAL_BASIS, legalBasis(cited)));
    sections.add(new OpinionDraft.Section(ANALYSIS, analysis(plan)));
    sections.add(new OpinionDraft.Section(CONCLUSION, conclusion(plan)));
    sections.add(new OpinionDraft.Section(RISKS, risks(plan)));
    String body = OpinionDraft.render(title, sections);
    OpinionMetadata metadata =
        OpinionMetadata.of(
            OpinionLabels.PRODUCER,
            UUID.randomUUID().toString(),
            OpinionMetadata.NO_MODEL,
            clock.instant(),
            body);
    return new OpinionDraft(title, sections, cited, metadata);
  }

  /** How an article is quoted: 《law》第X条（YYYY-MM-DD版）：“text”. */
  public static String quote(StatuteArticle a) {
    return "《"
        + a.law()
        + "》"
        + a.number().toChinese()
        + "（"
        + a.version().format(DATE)
        + "版）：“"
        + a.text()
        + "”";
  }

  private static String background(CaseFile file, DisputePlan plan, String question) {
    String asked =
        question == null || question.isBlank()
            ? "就本案纠纷中各方的权利义务、可行的处理途径及相关风险提出法律意见。"
            : question.strip();
    return "案件：" + file.title() + "\n纠纷类型（初步判断）：" + plan.type().label() + "\n咨询问题：" + asked;
  }

  private static String facts(CaseFile file) {
    StringBuilder out = new StringBuilder();
    out.append("以下事实摘自案卷记载，未经核实：\n").append(file.narrative().strip());
    if (!file.parties().isEmpty()) {
      out.append("\n当事人：");
      List<String> names = new ArrayList<>();
      for (Party p : file.parties()) {
        names.add(p.role().isEmpty() ? p.name() : p.name() + "（" + p.role() + "）");
      }
      out.append(String.join("、", names));
    }
    return out.toString();
  }

  private static String legalBasis(List<StatuteArticle> cited) {
    if (cited.isEmpty()) {
      return "法规库中未检索到可直接适用的条文，须由法律顾问补充。";
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < cited.size(); i++) {
      lines.add((i + 1) + ". " + quote(cited.get(i)));
    }
    return String.join("\n", lines);
  }

  private static String analysis(DisputePlan plan) {
    Map<String, List<CitedArticle>> byIssue = new LinkedHashMap<>();
    for (CitedArticle c : plan.articles()) {
      byIssue.computeIfAbsent(c.issue(), k -> new ArrayList<>()).add(c);
    }
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (Map.Entry<String, List<CitedArticle>> e : byIssue.entrySet()) {
      List<String> refs = new ArrayList<>();
      for (CitedArticle c : e.getValue()) {
        refs.add("《" + c.article().law() + "》" + c.article().number().toChinese());
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "%d. 关于%s：依据%s，%s",
              n++,
              e.getKey(),
              String.join("、", refs),
              stance(e.getValue().get(0).stance())));
    }
    plan.reasoning().forEach(r -> lines.add("· " + r));
    return String.join("\n", lines);
  }

  private static String stance(Stance stance) {
    return switch (stance) {
      case CLAIMANT -> "上述规定支持提出请求一方的主张，但须以证据证明相关事实。";
      case RESPONDENT -> "上述规定可为对方当事人的抗辩依据，须结合证据审查。";
      case BOTH -> "上述规定是双方均应遵循的规则或程序。";
    };
  }

  private static String conclusion(DisputePlan plan) {
    List<String> lines = new ArrayList<>();
    lines.add("处理路径：" + plan.escalation().escalation().label() + "。" + plan.escalation().reason());
    for (Step s : plan.steps()) {
      lines.add(s.order() + ". " + s.what() + "（" + s.who() + "，" + s.when() + "）");
    }
    if (!plan.options().isEmpty()) {
      lines.add("可供协商的方案：" + String.join("；", plan.options()));
    }
    return String.join("\n", lines);
  }

  private static String risks(DisputePlan plan) {
    List<String> lines = new ArrayList<>();
    lines.add("风险等级：" + plan.risk().level().label() + "。" + plan.risk().reason());
    if (!plan.fallbacks().isEmpty()) {
      lines.add("调解不成时：" + String.join("；", plan.fallbacks()));
    }
    for (StatuteReference r : plan.unresolved()) {
      lines.add("法规库中未找到《" + r.law() + "》" + r.number().toChinese() + "，未予引用，请核实。");
    }
    lines.add("所引条文以法规库中注明的版本为准；法律修订后须重新核对。本意见仅依据案卷记载的事实，事实如有出入，结论可能不同。");
    return String.join("\n", lines);
  }
}
