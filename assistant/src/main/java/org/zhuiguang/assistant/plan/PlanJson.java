package org.zhuiguang.assistant.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.assistant.plan.risk.Deadline;
import org.zhuiguang.assistant.plan.routing.DepartmentCall;
import org.zhuiguang.assistant.plan.sandbox.Move;
import org.zhuiguang.assistant.plan.sandbox.PartyView;
import org.zhuiguang.corpus.StatuteArticle;

/** Writes a plan in the {@code plan --json} shape of INTERFACES.md, with extra fields. */
public final class PlanJson {

  /** The label every plan carries: it was produced by the assistant and must be checked. */
  public static final String LABEL = "本方案由追光助理（AI辅助）生成，供调解参考，须由工作人员核实后使用";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PlanJson() {}

  public static ObjectNode toJson(DisputePlan plan) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("mode", plan.mode());
    o.put("dispute_type", plan.type().label());
    o.put("risk_level", plan.risk().level().label());
    o.put("risk_reason", plan.risk().reason());
    o.put("escalation", plan.escalation().escalation().label());
    o.put("escalation_reason", plan.escalation().reason());
    ArrayNode deadlines = o.putArray("deadlines");
    for (Deadline d : plan.escalation().deadlines()) {
      deadlines.addObject().put("what", d.what()).put("within", d.within()).put("who", d.who());
    }
    ArrayNode parties = o.putArray("parties");
    for (PartyView p : plan.parties()) {
      ObjectNode party = parties.addObject();
      party.put("role", p.role());
      if (!p.name().isEmpty()) {
        party.put("name", p.name());
      }
      party.put("position", p.position());
      strings(party.putArray("interests"), p.interests());
      ObjectNode standing = party.putObject("legal_standing");
      refs(standing.putArray("for"), p.articlesFor());
      refs(standing.putArray("against"), p.articlesAgainst());
      ArrayNode moves = party.putArray("moves_if_mediation_fails");
      for (Move m : p.moves()) {
        moves.addObject().put("move", m.move()).put("cost", m.cost());
      }
    }
    ArrayNode articles = o.putArray("articles");
    for (CitedArticle c : plan.articles()) {
      ObjectNode a = ref(articles.addObject(), c.article());
      a.put("version", c.article().version().toString());
      a.put("text", c.article().text());
      a.put("issue", c.issue());
    }
    ArrayNode departments = o.putArray("departments");
    ArrayNode reasons = o.putArray("department_reasons");
    for (DepartmentCall d : plan.departments()) {
      departments.add(d.department());
      reasons.addObject().put("department", d.department()).put("reason", d.reason());
    }
    ArrayNode steps = o.putArray("steps");
    for (Step s : plan.steps()) {
      ObjectNode step =
          steps.addObject().put("order", s.order()).put("who", s.who()).put("when", s.when());
      step.put("what", s.what());
      strings(step.putArray("evidence"), s.evidence());
    }
    strings(o.putArray("options"), plan.options());
    strings(o.putArray("fallbacks"), plan.fallbacks());
    o.put("summary", plan.summary());
    strings(o.putArray("questions"), plan.questions());
    strings(o.putArray("reasoning"), plan.reasoning());
    if (!plan.unresolved().isEmpty()) {
      ArrayNode unresolved = o.putArray("unresolved_references");
      for (StatuteReference r : plan.unresolved()) {
        unresolved.add(r.toString());
      }
    }
    o.put("label", LABEL);
    return o;
  }

  private static void refs(ArrayNode array, List<CitedArticle> cited) {
    for (CitedArticle c : cited) {
      ref(array.addObject(), c.article()).put("issue", c.issue());
    }
  }

  private static ObjectNode ref(ObjectNode node, StatuteArticle article) {
    node.put("law", article.law());
    node.put("article", article.number().number());
    if (article.number().suffix() > 0) {
      node.put("suffix", article.number().suffix());
    }
    return node;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
