package org.zhuiguang.assistant.plan.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhuiguang.assistant.plan.DisputeType;
import org.zhuiguang.assistant.plan.understanding.Evidence;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;
import org.zhuiguang.assistant.plan.understanding.Signals;

/**
 * Grades a dispute by the table of the domain brief: people involved, money claimed, threats,
 * danger, repeated failed mediation and vulnerable persons; the highest level any rule reaches
 * wins.
 */
public final class RiskGrader {

  /** A house or other real property among what heirs divide (not a flat someone rents). */
  private static final Pattern ESTATE_HOUSE =
      Pattern.compile("(?<![租住])(房子|房产|农民房|楼房|一套房|一栋|铺面|商铺|宅基地|自建房)");

  public RiskAssessment grade(NarrativeAnalysis a) {
    List<RiskFinding> findings = new ArrayList<>();
    people(a, findings);
    money(a, findings);
    for (Evidence e : a.signals()) {
      switch (e.kind()) {
        case Signals.VIOLENCE, Signals.SELF_HARM, Signals.EXTREME ->
            findings.add(
                new RiskFinding(RiskLevel.MAJOR, "暴力、自伤或极端行为威胁（" + e.kind() + "）", quote(e)));
        case Signals.DANGER ->
            findings.add(new RiskFinding(RiskLevel.MAJOR, "现实或紧迫的生命安全危险", quote(e)));
        case Signals.GATHERING -> findings.add(new RiskFinding(RiskLevel.MAJOR, "群体聚集", quote(e)));
        case Signals.REPEATED ->
            findings.add(new RiskFinding(RiskLevel.SERIOUS, "多次调解未果", quote(e)));
        case Signals.ELDERLY_ALONE, Signals.PREGNANT, Signals.MINOR, Signals.DISABLED ->
            findings.add(
                new RiskFinding(RiskLevel.SERIOUS, "弱势群体直接受影响（" + e.kind() + "）", quote(e)));
        default -> {
          // distress and hardship shape the plan, not the grade
        }
      }
    }
    findings.sort(Comparator.comparing(RiskFinding::level).reversed());
    RiskLevel level = findings.isEmpty() ? RiskLevel.ORDINARY : findings.get(0).level();
    return new RiskAssessment(level, findings, reason(level, findings, a));
  }

  private static void people(NarrativeAnalysis a, List<RiskFinding> findings) {
    int n = a.groupSize();
    String fact =
        a.people().stream()
            .filter(p -> p.group() && p.count() == n)
            .map(p -> p.text())
            .findFirst()
            .orElse(n + "人");
    if (n >= 10) {
      findings.add(new RiskFinding(RiskLevel.MAJOR, "涉及10人以上", fact + "（按" + n + "人以上计）"));
    } else if (n >= 3) {
      findings.add(new RiskFinding(RiskLevel.SERIOUS, "涉及3至9人", fact));
    }
  }

  private static void money(NarrativeAnalysis a, List<RiskFinding> findings) {
    long yuan = a.claimedYuan();
    Matcher house = ESTATE_HOUSE.matcher(a.narrative());
    if (a.type() == DisputeType.INHERITANCE && yuan < 100_000 && house.find()) {
      // the heirs dispute the house itself: its value is at stake, and a house here is worth more
      // than 100,000 yuan even when nobody says how much
      findings.add(
          new RiskFinding(
              RiskLevel.MAJOR, "争议金额10万元以上", "争议遗产含房产（" + house.group() + "），价值按10万元以上计"));
      return;
    }
    if (yuan <= 0) {
      return;
    }
    String fact = "争议金额约" + String.format(Locale.ROOT, "%,d", yuan) + "元";
    if (yuan >= 100_000) {
      findings.add(new RiskFinding(RiskLevel.MAJOR, "争议金额10万元以上", fact));
    } else if (yuan >= 10_000) {
      findings.add(new RiskFinding(RiskLevel.SERIOUS, "争议金额1万至10万元", fact));
    }
  }

  private static String quote(Evidence e) {
    String q = e.quote();
    return q.length() > 60 ? q.substring(0, 60) + "…" : q;
  }

  private static String reason(RiskLevel level, List<RiskFinding> findings, NarrativeAnalysis a) {
    if (findings.isEmpty()) {
      StringBuilder s = new StringBuilder("未达较大以上任何情形：");
      s.append(a.groupSize() >= 2 ? "涉及" + a.groupSize() + "人" : "仅双方当事人");
      s.append(
          a.claimedYuan() > 0
              ? "，争议金额约" + String.format(Locale.ROOT, "%,d", a.claimedYuan()) + "元（不足1万元）"
              : "，无明确金钱索赔");
      s.append("，无暴力威胁、人身危险或弱势群体直接受影响，定为一般");
      return s.toString();
    }
    List<String> parts = new ArrayList<>();
    for (RiskFinding f : findings) {
      parts.add(f.rule() + "：" + f.fact() + "（" + f.level().label() + "）");
    }
    String head = String.join("；", parts);
    boolean mixed = findings.stream().anyMatch(f -> f.level() != level);
    return head + (mixed ? "；按最高一项定为" : "；定为") + level.label();
  }
}
