package org.zhuiguang.assistant.plan;

import java.util.List;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.assistant.plan.risk.EscalationDecision;
import org.zhuiguang.assistant.plan.risk.RiskAssessment;
import org.zhuiguang.assistant.plan.routing.DepartmentCall;
import org.zhuiguang.assistant.plan.sandbox.PartyView;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;

/**
 * A dispute-resolution plan, as the domain brief describes it.
 *
 * @param mode how it was built: {@code grounded} (deterministic, offline) or {@code llm}
 * @param analysis the facts read from the narrative
 * @param summary the facts as understood, in words
 * @param questions what is still unknown, as questions to ask
 * @param risk the risk grade with its reason
 * @param escalation the escalation path, its reason and the deadlines
 * @param parties the sandbox simulation, one entry per side
 * @param articles the applicable law, quoted from the index
 * @param unresolved references of the legal-issue data the index could not resolve (never cited)
 * @param departments the departments and forces the case needs now
 * @param steps the mediation steps
 * @param options options for an agreement
 * @param fallbacks what follows if mediation fails
 * @param reasoning how the plan was reached, step by step
 */
public record DisputePlan(
    String mode,
    NarrativeAnalysis analysis,
    String summary,
    List<String> questions,
    RiskAssessment risk,
    EscalationDecision escalation,
    List<PartyView> parties,
    List<CitedArticle> articles,
    List<StatuteReference> unresolved,
    List<DepartmentCall> departments,
    List<Step> steps,
    List<String> options,
    List<String> fallbacks,
    List<String> reasoning) {

  public DisputePlan {
    questions = List.copyOf(questions);
    parties = List.copyOf(parties);
    articles = List.copyOf(articles);
    unresolved = List.copyOf(unresolved);
    departments = List.copyOf(departments);
    steps = List.copyOf(steps);
    options = List.copyOf(options);
    fallbacks = List.copyOf(fallbacks);
    reasoning = List.copyOf(reasoning);
  }

  public DisputeType type() {
    return analysis.type();
  }
}
