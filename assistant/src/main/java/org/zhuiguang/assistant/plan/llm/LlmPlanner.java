package org.zhuiguang.assistant.plan.llm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhuiguang.assistant.answer.CitationFinder;
import org.zhuiguang.assistant.answer.PersonalDataMasker;
import org.zhuiguang.assistant.plan.DisputePlan;
import org.zhuiguang.assistant.plan.law.ApplicableLaw;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.law.Stance;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.assistant.plan.routing.DepartmentCall;
import org.zhuiguang.assistant.plan.sandbox.PartyView;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;
import org.zhuiguang.corpus.cite.Citation;

/**
 * LLM mode for plans: asks the model for the narrative parts of a plan (sides, their positions,
 * interests and likely moves, options for an agreement) as one JSON object, checks it, and merges
 * it into the offline plan. The deterministic type, risk grade, escalation path, deadlines,
 * departments and citations stay authoritative; an article the model cites is kept only when the
 * index holds it (quoted with the index's own text), and a sentence citing anything the index does
 * not hold is dropped. On a failed call or a reply out of shape, the offline plan is returned with
 * a note saying so. Personal data is masked before a model that is not on this host.
 */
public final class LlmPlanner {

  /** The mode label of plans whose narrative parts a model wrote. */
  public static final String LLM = "llm";

  static final String FALLBACK = "LLM模式未生效，本方案为离线规则方案：";

  private final PlanNarrator narrator;
  private final ApplicableLaw law;
  private final CitationFinder citations;
  private final boolean maskPersonalData;

  public LlmPlanner(
      PlanNarrator narrator,
      StatuteCatalog catalog,
      CitationFinder citations,
      boolean maskPersonalData) {
    this.narrator = narrator;
    this.law = new ApplicableLaw(catalog);
    this.citations = citations;
    this.maskPersonalData = maskPersonalData;
  }

  /** The offline plan with the model's narrative parts merged in, or with a note why not. */
  public DisputePlan refine(DisputePlan offline) {
    return refine(offline, Optional.empty());
  }

  /**
   * As {@link #refine(DisputePlan)} for a dispute that arose on {@code occurredOn}: articles the
   * model cites are quoted from the versions in force on that day, as the offline plan's are.
   */
  public DisputePlan refine(DisputePlan offline, Optional<LocalDate> occurredOn) {
    PersonalDataMasker masker = new PersonalDataMasker();
    if (maskPersonalData) {
      offline.analysis().names().forEach(n -> masker.known(n, "当事人"));
    }
    PlanPrompt prompt =
        new PlanPrompt(
            mask(masker, offline.analysis().narrative()),
            mask(masker, assessment(offline)),
            articles(offline.articles()));
    String reply;
    try {
      reply = narrator.write(prompt);
    } catch (RuntimeException e) {
      return fallback(offline, "模型调用失败或超时（" + e.getClass().getSimpleName() + "）");
    }
    List<String> problems = new ArrayList<>();
    Optional<PlanProse> parsed = PlanProse.parse(reply, problems);
    if (parsed.isEmpty()) {
      return fallback(offline, "模型回复不符合要求的 JSON 结构（" + String.join("；", problems) + "）");
    }
    PlanProse prose = maskPersonalData ? parsed.get().map(masker::restore) : parsed.get();
    return merge(offline, prose, occurredOn);
  }

  private String mask(PersonalDataMasker masker, String text) {
    return maskPersonalData ? masker.mask(text) : text;
  }

  private DisputePlan merge(DisputePlan offline, PlanProse prose, Optional<LocalDate> day) {
    List<String> notes = new ArrayList<>();
    Map<String, CitedArticle> extra = new LinkedHashMap<>();
    Map<String, CitedArticle> offlineArticles = new LinkedHashMap<>();
    offline.articles().forEach(c -> offlineArticles.put(c.article().docId(), c));

    List<PartyView> parties = new ArrayList<>();
    for (int i = 0; i < prose.parties().size(); i++) {
      PlanProse.Party p = prose.parties().get(i);
      Optional<PartyView> same =
          i < offline.parties().size() ? Optional.of(offline.parties().get(i)) : Optional.empty();
      List<CitedArticle> pro =
          verify(p.articlesFor(), Stance.CLAIMANT, offlineArticles, extra, notes, day);
      List<CitedArticle> contra =
          verify(p.articlesAgainst(), Stance.RESPONDENT, offlineArticles, extra, notes, day);
      if (p.articlesFor().isEmpty() && p.articlesAgainst().isEmpty() && same.isPresent()) {
        pro = same.get().articlesFor();
        contra = same.get().articlesAgainst();
      }
      parties.add(
          new PartyView(
              keep(p.role(), extra, notes, day)
                  .orElse(same.map(PartyView::role).orElse("当事人" + (i + 1))),
              same.map(PartyView::name).orElse(""),
              keep(p.position(), extra, notes, day)
                  .orElse(same.map(PartyView::position).orElse("（待核实）")),
              p.interests().stream().flatMap(t -> keep(t, extra, notes, day).stream()).toList(),
              pro,
              contra,
              p.moves().stream()
                  .filter(m -> keep(m.move() + " " + m.cost(), extra, notes, day).isPresent())
                  .toList()));
    }
    List<String> options =
        prose.options().stream().flatMap(t -> keep(t, extra, notes, day).stream()).toList();

    List<CitedArticle> articles = new ArrayList<>(offline.articles());
    articles.addAll(extra.values());
    List<String> reasoning = new ArrayList<>();
    reasoning.add(
        "LLM模式：模型 "
            + narrator.model()
            + " 撰写了各方立场、利益、可能行动和协议选项；纠纷类型、风险等级、分流路径、时限、部门和法律依据仍由规则确定，"
            + "模型引用的条文均已在索引中核验，条文原文取自索引");
    prose
        .suggestedType()
        .filter(t -> t != offline.type())
        .ifPresent(
            t ->
                reasoning.add(
                    "模型认为本纠纷也可能属于“" + t.label() + "”，规则判断为“" + offline.type().label() + "”，请核实"));
    if (!prose.summary().isEmpty()) {
      keep(prose.summary(), extra, notes, day).ifPresent(s -> reasoning.add("模型对事实的概括：" + s));
    }
    reasoning.addAll(notes);
    reasoning.addAll(offline.reasoning());
    return new DisputePlan(
        LLM,
        offline.analysis(),
        offline.summary(),
        offline.questions(),
        offline.risk(),
        offline.escalation(),
        parties.size() >= 2 ? parties : offline.parties(),
        articles,
        offline.unresolved(),
        offline.departments(),
        offline.steps(),
        options.isEmpty() ? offline.options() : options,
        offline.fallbacks(),
        reasoning);
  }

  /** The references the index holds, as cited articles; the others are dropped with a note. */
  private List<CitedArticle> verify(
      List<StatuteReference> refs,
      Stance stance,
      Map<String, CitedArticle> offline,
      Map<String, CitedArticle> extra,
      List<String> notes,
      Optional<LocalDate> day) {
    List<CitedArticle> out = new ArrayList<>();
    for (StatuteReference ref : refs) {
      Optional<StatuteArticle> article = law.article(ref, day);
      if (article.isEmpty()) {
        notes.add("已删除模型引用的" + ref + "：索引中没有这一条文");
        continue;
      }
      String id = article.get().docId();
      CitedArticle cited =
          offline.containsKey(id)
              ? offline.get(id)
              : extra.computeIfAbsent(
                  id, k -> new CitedArticle(article.get(), "模型补充的依据（已核验）", stance));
      out.add(cited);
    }
    return out;
  }

  /**
   * The text when every citation in it names an article of the index (those are added to the plan's
   * articles); empty, with a note, when it cites anything the index does not hold.
   */
  private Optional<String> keep(
      String text, Map<String, CitedArticle> extra, List<String> notes, Optional<LocalDate> day) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<Citation> found = citations.find(text);
    for (Citation c : found) {
      if (!c.resolved()) {
        notes.add("已删除模型的一句话（引用了索引中没有的条文“" + c.text() + "”）");
        return Optional.empty();
      }
    }
    for (Citation c : found) {
      StatuteArticle now = c.article().orElseThrow();
      Optional<StatuteArticle> then =
          law.article(new StatuteReference(now.law(), now.number()), day);
      if (then.isEmpty()) {
        notes.add("已删除模型的一句话（引用的“" + c.text() + "”在纠纷发生日有效的版本中不存在）");
        return Optional.empty();
      }
      extra.putIfAbsent(
          then.get().docId(), new CitedArticle(then.get(), "模型补充的依据（已核验）", Stance.BOTH));
    }
    return Optional.of(text);
  }

  private static String assessment(DisputePlan plan) {
    StringBuilder s = new StringBuilder();
    s.append("纠纷类型：").append(plan.type().label()).append('\n');
    s.append("风险等级：")
        .append(plan.risk().level().label())
        .append("（")
        .append(plan.risk().reason())
        .append("）\n");
    s.append("分流路径：").append(plan.escalation().escalation().label()).append('\n');
    s.append("参与部门：")
        .append(
            String.join("、", plan.departments().stream().map(DepartmentCall::department).toList()))
        .append('\n');
    s.append("事实要点：").append(plan.summary()).append('\n');
    s.append("各方（规则推演）：\n");
    for (PartyView p : plan.parties()) {
      s.append("- ").append(p.role()).append("：").append(p.position()).append('\n');
    }
    return s.toString().strip();
  }

  private static String articles(List<CitedArticle> cited) {
    if (cited.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (CitedArticle c : cited) {
      StatuteArticle a = c.article();
      s.append("《").append(a.law()).append("》").append(a.number().toChinese());
      s.append("（").append(c.issue()).append("）：").append(a.text().strip()).append("\n\n");
    }
    return s.toString().strip();
  }

  /** The offline plan, saying why LLM mode did not apply. */
  public static DisputePlan fallback(DisputePlan offline, String why) {
    List<String> reasoning = new ArrayList<>();
    reasoning.add(FALLBACK + why);
    reasoning.addAll(offline.reasoning());
    return new DisputePlan(
        offline.mode(),
        offline.analysis(),
        offline.summary(),
        offline.questions(),
        offline.risk(),
        offline.escalation(),
        offline.parties(),
        offline.articles(),
        offline.unresolved(),
        offline.departments(),
        offline.steps(),
        offline.options(),
        offline.fallbacks(),
        reasoning);
  }
}
