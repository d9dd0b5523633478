package org.zhuiguang.assistant.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhuiguang.assistant.plan.law.ApplicableLaw;
import org.zhuiguang.assistant.plan.law.LegalIssue;
import org.zhuiguang.assistant.plan.law.LegalIssueCatalog;
import org.zhuiguang.assistant.plan.risk.EscalationDecision;
import org.zhuiguang.assistant.plan.risk.EscalationPolicy;
import org.zhuiguang.assistant.plan.risk.RiskAssessment;
import org.zhuiguang.assistant.plan.risk.RiskGrader;
import org.zhuiguang.assistant.plan.routing.Routing;
import org.zhuiguang.assistant.plan.routing.RoutingTable;
import org.zhuiguang.assistant.plan.sandbox.PartyView;
import org.zhuiguang.assistant.plan.sandbox.Playbook;
import org.zhuiguang.assistant.plan.sandbox.SandboxSimulator;
import org.zhuiguang.assistant.plan.understanding.Evidence;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalyzer;
import org.zhuiguang.assistant.plan.understanding.TypeScore;
import org.zhuiguang.assistant.plan.understanding.UnderstandingRules;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * Builds a dispute-resolution plan from a narrative, deterministically: understand, grade, route,
 * find the law, simulate the sides, lay out the steps. Needs only a {@link StatuteCatalog} (the
 * parsed corpus or the index) to quote articles; every cited article is resolved in it.
 */
public final class PlanBuilder {

  /** The mode label of plans built without a language model. */
  public static final String GROUNDED = "grounded";

  /** The longest dispute narrative accepted (SECURITY.md, bounded consumption). */
  public static final int MAX_NARRATIVE = 20_000;

  private final NarrativeAnalyzer analyzer;
  private final RiskGrader grader = new RiskGrader();
  private final EscalationPolicy policy = new EscalationPolicy();
  private final RoutingTable routing;
  private final LegalIssueCatalog issues;
  private final ApplicableLaw law;
  private final Map<DisputeType, Playbook> playbooks;
  private final SandboxSimulator sandbox = new SandboxSimulator();
  private final StepPlanner steps = new StepPlanner();

  public PlanBuilder(
      StatuteCatalog catalog,
      UnderstandingRules rules,
      RoutingTable routing,
      LegalIssueCatalog issues,
      Map<DisputeType, Playbook> playbooks) {
    this.analyzer = new NarrativeAnalyzer(rules);
    this.routing = routing;
    this.issues = issues;
    this.law = new ApplicableLaw(catalog);
    this.playbooks = Map.copyOf(playbooks);
  }

  /** A builder with the bundled data files. */
  public static PlanBuilder withDefaults(StatuteCatalog catalog) {
    return withRouting(catalog, RoutingTable.defaults());
  }

  /** A builder with a district's routing table and the other bundled data files. */
  public static PlanBuilder withRouting(StatuteCatalog catalog, RoutingTable routing) {
    return new PlanBuilder(
        catalog,
        UnderstandingRules.defaults(),
        routing,
        LegalIssueCatalog.defaults(),
        Playbook.defaults());
  }

  public DisputePlan build(String narrative) {
    return build(narrative, Optional.empty());
  }

  /**
   * A plan for a dispute that arose on {@code occurredOn}: its articles are quoted from the
   * versions of their laws in force on that day (the versions in force now when empty).
   */
  public DisputePlan build(String narrative, Optional<LocalDate> occurredOn) {
    NarrativeAnalysis a = analyzer.analyze(narrative);
    RiskAssessment risk = grader.grade(a);
    Routing route = routing.route(a, risk.level());
    EscalationDecision escalation = policy.decide(risk, route.powers());
    List<LegalIssue> raised = issues.issuesFor(a);
    ApplicableLaw.Resolution resolution = law.resolve(raised, occurredOn);
    Playbook playbook = playbooks.get(a.type());
    List<PartyView> parties = sandbox.simulate(a, playbook, resolution.cited());
    List<String> reasoning = new ArrayList<>();
    reasoning.add("类型判断：" + typeReason(a));
    reasoning.add("风险定级：" + risk.reason());
    reasoning.add("分流路径：" + escalation.reason());
    reasoning.add("部门调度（路由表规则）：" + String.join("、", route.rules()));
    reasoning.add(
        "法律问题：" + String.join("；", raised.stream().map(LegalIssue::issue).distinct().toList()));
    occurredOn.ifPresent(
        day ->
            reasoning.add(
                "适用版本：纠纷发生于"
                    + day
                    + "，条文按当日有效的版本引用"
                    + (resolution.notes().isEmpty()
                        ? ""
                        : "；" + String.join("；", resolution.notes()))));
    return new DisputePlan(
        GROUNDED,
        a,
        summary(a),
        questions(a, playbook),
        risk,
        escalation,
        parties,
        resolution.cited(),
        resolution.unresolved(),
        route.departments(),
        steps.plan(a, escalation, route, playbook, resolution.cited()),
        playbook.options(),
        playbook.fallbacks(),
        reasoning);
  }

  private static String typeReason(NarrativeAnalysis a) {
    List<String> parts = new ArrayList<>();
    for (TypeScore s : a.typeScores().subList(0, Math.min(3, a.typeScores().size()))) {
      parts.add(s.type().label() + " " + s.score() + "分（" + String.join("、", s.cues()) + "）");
    }
    return parts.isEmpty() ? "无明显线索，按相邻关系处理，请核实" : String.join("；", parts);
  }

  private static String summary(NarrativeAnalysis a) {
    List<String> parts = new ArrayList<>();
    parts.add("纠纷类型：" + a.type().label());
    a.setting().ifPresent(s -> parts.add("场所：" + s));
    if (!a.names().isEmpty()) {
      parts.add("涉及人员：" + String.join("、", a.names()));
    }
    if (a.groupSize() > 0) {
      parts.add("群体人数：" + a.groupSize() + "人以上");
    }
    if (a.claimedYuan() > 0) {
      parts.add("争议金额：约" + String.format(Locale.ROOT, "%,d", a.claimedYuan()) + "元");
    }
    a.duration().ifPresent(d -> parts.add("持续时间：" + d));
    for (Evidence e : a.signals()) {
      parts.add(e.kind() + "：" + e.quote());
    }
    return String.join("；", parts);
  }

  private static List<String> questions(NarrativeAnalysis a, Playbook playbook) {
    List<String> out = new ArrayList<>(playbook.questions());
    if (a.claimedYuan() == 0) {
      out.add("是否涉及金钱诉求，金额多少？");
    }
    if (a.duration().isEmpty()) {
      out.add("纠纷持续了多久，此前是否调解过？");
    }
    return out;
  }
}
