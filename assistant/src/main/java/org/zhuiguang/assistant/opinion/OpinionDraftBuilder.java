package org.zhuiguang.assistant.opinion;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.zhuiguang.assistant.answer.CitationFinder;
import org.zhuiguang.assistant.answer.PersonalDataMasker;
import org.zhuiguang.assistant.plan.DisputePlan;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.plan.Step;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.law.Stance;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * Builds a legal-opinion draft from a case file: the plan builder reads the narrative and picks the
 * legal issues; only articles the catalog (the index) holds are quoted, verbatim, with law, number
 * and version date, always inserted here from the catalog. Facts come from the case file only.
 * Offline, every section is written by rules; in LLM mode ({@link #withWriter}) a model writes the
 * analysis, the conclusion and the risks, and its reply is kept only when it passes {@link
 * DraftProse}'s checks.
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
  private final DraftWriter writer;
  private final CitationFinder finder;
  private final boolean maskPersonalData;

  public OpinionDraftBuilder(StatuteCatalog catalog, Clock clock) {
    this(PlanBuilder.withDefaults(catalog), clock);
  }

  public OpinionDraftBuilder(PlanBuilder plans, Clock clock) {
    this(plans, clock, null, null, true);
  }

  private OpinionDraftBuilder(
      PlanBuilder plans,
      Clock clock,
      DraftWriter writer,
      CitationFinder finder,
      boolean maskPersonalData) {
    this.plans = Objects.requireNonNull(plans, "plans");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writer = writer;
    this.finder = finder;
    this.maskPersonalData = maskPersonalData;
  }

  /**
   * The same builder in LLM mode: the analysis, the conclusion and the risks come from {@code
   * writer} when its reply passes every check, else from the offline rules (the draft says so).
   *
   * @param writer the model
   * @param finder the citation finder of the same catalog (the index) this builder quotes from
   * @param maskPersonalData whether the parties' personal data is replaced by placeholders before
   *     the model sees anything (a model not on this host)
   */
  public OpinionDraftBuilder withWriter(
      DraftWriter writer, CitationFinder finder, boolean maskPersonalData) {
    return new OpinionDraftBuilder(
        plans,
        clock,
        Objects.requireNonNull(writer, "writer"),
        Objects.requireNonNull(finder, "finder"),
        maskPersonalData);
  }

  /** Whether drafts are written with a model. */
  public boolean llmMode() {
    return writer != null;
  }

  /** A draft for the case; {@code question} is the question asked, empty for the default. */
  public OpinionDraft build(CaseFile file, String question) {
    DisputePlan plan = plans.build(file.narrative());
    String title = "关于“" + file.title() + "”的法律意见书（草稿）";
    List<StatuteArticle> cited = plan.articles().stream().map(CitedArticle::article).toList();
    String analysis = analysis(plan);
    String conclusion = conclusion(plan);
    String risks = offlineRisks(plan);
    String model = OpinionMetadata.NO_MODEL;
    String mode = OpinionDraft.OFFLINE;
    Optional<String> fallback = Optional.empty();
    if (writer != null) {
      if (cited.isEmpty()) {
        fallback = Optional.of(OpinionDraft.NO_ARTICLES);
      } else {
        Written written = write(file, question, plan, cited);
        if (written.prose().isPresent()) {
          DraftProse prose = written.prose().get();
          analysis = prose.analysis();
          conclusion = prose.conclusion();
          risks = riskLine(plan) + "\n" + prose.risks();
          model = writer.model();
          mode = OpinionDraft.LLM;
        } else {
          fallback = Optional.of(written.failure());
        }
      }
    }
    risks = risks + "\n" + caveats(plan);
    if (fallback.isPresent()) {
      risks = risks + "\n说明：本草稿的分析、结论与风险部分由离线规则生成，因为" + fallbackReason(fallback.get()) + "。";
    }
    List<OpinionDraft.Section> sections = new ArrayList<>();
    sections.add(new OpinionDraft.Section(BACKGROUND, background(file, plan, question)));
    sections.add(new OpinionDraft.Section(FACTS, facts(file)));
    sections.add(new OpinionDraft.Section(LEGAL_BASIS, legalBasis(cited)));
    sections.add(new OpinionDraft.Section(ANALYSIS, analysis));
    sections.add(new OpinionDraft.Section(CONCLUSION, conclusion));
    sections.add(new OpinionDraft.Section(RISKS, risks));
    String body = OpinionDraft.render(title, sections);
    OpinionMetadata metadata =
        OpinionMetadata.of(
            OpinionLabels.PRODUCER, UUID.randomUUID().toString(), model, clock.instant(), body);
    return new OpinionDraft(title, sections, cited, metadata, mode, fallback);
  }

  /** The model's prose, or why there is none. */
  private record Written(Optional<DraftProse> prose, String failure) {}

  /**
   * Asks the model for the prose, at most twice: a reply that fails a check is sent back once with
   * its problems. Personal data is masked in everything sent (the problems included) and restored
   * in the reply before it is checked.
   */
  private Written write(
      CaseFile file, String question, DisputePlan plan, List<StatuteArticle> cited) {
    PersonalDataMasker masker = new PersonalDataMasker();
    UnaryOperator<String> mask = UnaryOperator.identity();
    if (maskPersonalData) {
      for (Party p : file.parties()) {
        masker.known(p.name(), "当事人");
        known(masker, p.phone(), "电话");
        known(masker, p.idNumber(), "身份证");
        known(masker, p.bankCard(), "银行卡");
        masker.known(p.address(), "地址");
      }
      mask = masker::mask;
    }
    String asked = asked(question);
    StringBuilder caseBlock = new StringBuilder();
    caseBlock.append("标题：").append(mask.apply(file.title())).append('\n');
    if (!file.parties().isEmpty()) {
      List<String> parties = new ArrayList<>();
      for (Party p : file.parties()) {
        String name = mask.apply(p.name());
        parties.add(p.role().isEmpty() ? name : name + "（" + mask.apply(p.role()) + "）");
      }
      caseBlock.append("当事人：").append(String.join("、", parties)).append('\n');
    }
    caseBlock.append("案情：").append(mask.apply(file.narrative().strip()));
    String assessment =
        "纠纷类型（初步判断）："
            + plan.type().label()
            + "\n风险等级："
            + plan.risk().level().label()
            + "。"
            + mask.apply(plan.risk().reason())
            + "\n处理路径："
            + plan.escalation().escalation().label()
            + "。"
            + mask.apply(plan.escalation().reason());
    DraftPrompt prompt = DraftPrompt.of(caseBlock.toString(), mask.apply(asked), assessment, cited);
    String caseText = file.narrative() + "\n" + asked;
    String failure = OpinionDraft.LLM_UNAVAILABLE;
    List<String> problems = List.of();
    for (int attempt = 1; attempt <= 2; attempt++) {
      String reply;
      try {
        reply = writer.write(attempt == 1 ? prompt : prompt.withFeedback(problems));
      } catch (RuntimeException e) {
        return new Written(Optional.empty(), OpinionDraft.LLM_UNAVAILABLE);
      }
      List<String> found = new ArrayList<>();
      Optional<DraftProse> parsed = DraftProse.parse(reply, found);
      if (parsed.isEmpty()) {
        failure = OpinionDraft.REPLY_INVALID;
      } else {
        DraftProse restored = parsed.get().map(masker::restore);
        found.addAll(restored.check(cited, caseText, finder));
        if (found.isEmpty()) {
          return new Written(Optional.of(restored), "");
        }
        failure = OpinionDraft.CITATIONS_NOT_VERIFIED;
      }
      problems = found.stream().map(mask).toList();
    }
    return new Written(Optional.empty(), failure);
  }

  /**
   * Registers a number-like value as recorded, with its spaces and dashes removed, and with an
   * identity number's X in either case.
   */
  private static void known(PersonalDataMasker masker, String value, String kind) {
    masker.known(value, kind);
    String compact = value.replaceAll("[\\s-]", "");
    for (String form :
        List.of(compact, compact.toUpperCase(Locale.ROOT), compact.toLowerCase(Locale.ROOT))) {
      if (!form.equals(value.strip())) {
        masker.known(form, kind);
      }
    }
  }

  private static String fallbackReason(String fallback) {
    return switch (fallback) {
      case OpinionDraft.NO_ARTICLES -> "法规库中没有可供模型引用的条文";
      case OpinionDraft.REPLY_INVALID -> "语言模型的回复格式无效";
      case OpinionDraft.CITATIONS_NOT_VERIFIED -> "语言模型的回复未通过引用核验";
      default -> "语言模型不可用或超时";
    };
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
    String asked = asked(question);
    return "案件：" + file.title() + "\n纠纷类型（初步判断）：" + plan.type().label() + "\n咨询问题：" + asked;
  }

  private static String asked(String question) {
    return question == null || question.isBlank()
        ? "就本案纠纷中各方的权利义务、可行的处理途径及相关风险提出法律意见。"
        : question.strip();
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

  private static String riskLine(DisputePlan plan) {
    return "风险等级：" + plan.risk().level().label() + "。" + plan.risk().reason();
  }

  private static String offlineRisks(DisputePlan plan) {
    List<String> lines = new ArrayList<>();
    lines.add(riskLine(plan));
    if (!plan.fallbacks().isEmpty()) {
      lines.add("调解不成时：" + String.join("；", plan.fallbacks()));
    }
    return String.join("\n", lines);
  }

  /** What every draft's risks end with, whoever wrote the rest. */
  private static String caveats(DisputePlan plan) {
    List<String> lines = new ArrayList<>();
    for (StatuteReference r : plan.unresolved()) {
      lines.add("法规库中未找到《" + r.law() + "》" + r.number().toChinese() + "，未予引用，请核实。");
    }
    lines.add("所引条文以法规库中注明的版本为准；法律修订后须重新核对。本意见仅依据案卷记载的事实，事实如有出入，结论可能不同。");
    return String.join("\n", lines);
  }
}
