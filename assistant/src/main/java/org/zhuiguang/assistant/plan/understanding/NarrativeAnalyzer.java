package org.zhuiguang.assistant.plan.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhuiguang.assistant.plan.DisputeType;

/** Reads a narrative into a {@link NarrativeAnalysis}, deterministically. */
public final class NarrativeAnalyzer {

  private static final Pattern DURATION =
      Pattern.compile(
          "(拖了|已经|有|快|欠了|持续|连续|至今|长达|都)?"
              + "([0-9０-９]+|[一二两三四五六七八九十半几]+)(多)?(个多月|个月|多月|天|周|个星期|星期|年)");
  private static final Pattern NAME =
      Pattern.compile("(老|阿|小)[\\p{IsHan}]|[\\p{IsHan}](姐|叔|伯|婆|阿婆|阿姨|女士|先生|师傅|大爷|奶奶|大妈|哥)");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "小区", "老板", "老家", "小孩", "老公", "老婆", "小店", "老人", "小卖", "老乡", "阿婆", "小学", "老师", "小时", "小组",
          "老小", "小巷", "老伴", "小朋", "老房", "阿姨", "大哥", "表哥", "老街", "小事", "小吃", "老旧", "小程", "小心", "老是",
          "小额", "老太", "小车", "老楼", "小狗", "老头", "小偷", "阿公", "老爸", "老妈", "小姐", "大姐", "堂哥", "表姐", "二哥",
          "三哥", "大伯", "小叔", "老大", "老二", "老三", "小儿", "小女", "小的", "小半", "老年", "小些", "小商", "老化", "老款",
          "小型", "老弱", "小伙", "帅哥", "阿姐");

  private final UnderstandingRules rules;

  public NarrativeAnalyzer(UnderstandingRules rules) {
    this.rules = rules;
  }

  /** An analyzer with the bundled rules. */
  public static NarrativeAnalyzer withDefaults() {
    return new NarrativeAnalyzer(UnderstandingRules.defaults());
  }

  public NarrativeAnalysis analyze(String narrative) {
    String text = narrative == null ? "" : narrative.strip();
    List<TypeScore> scores = scoreTypes(text);
    DisputeType type = scores.isEmpty() ? DisputeType.NEIGHBOUR : scores.get(0).type();
    Set<String> facets = facets(text, type);
    List<PeopleMention> people = Quantities.people(text);
    int group =
        people.stream().filter(PeopleMention::group).mapToInt(PeopleMention::count).max().orElse(0);
    List<MoneyMention> money = Quantities.money(text);
    long claimed = Quantities.claimedAmount(text, money, group);
    return new NarrativeAnalysis(
        text,
        type,
        scores,
        facets,
        money,
        claimed,
        people,
        group,
        Signals.detect(text),
        setting(text),
        duration(text),
        names(text));
  }

  private List<TypeScore> scoreTypes(String text) {
    List<TypeScore> scores = new ArrayList<>();
    for (Map.Entry<DisputeType, Map<Pattern, Integer>> e : rules.typeCues().entrySet()) {
      int score = 0;
      List<String> cues = new ArrayList<>();
      for (Map.Entry<Pattern, Integer> cue : e.getValue().entrySet()) {
        Matcher m = cue.getKey().matcher(text);
        if (m.find()) {
          score += cue.getValue();
          cues.add(m.group());
        }
      }
      if (score > 0) {
        scores.add(new TypeScore(e.getKey(), score, cues));
      }
    }
    scores.sort(
        Comparator.comparingInt(TypeScore::score)
            .reversed()
            .thenComparing(s -> s.type().ordinal()));
    return scores;
  }

  private Set<String> facets(String text, DisputeType type) {
    Set<String> out = new LinkedHashSet<>();
    for (UnderstandingRules.Facet facet : rules.facets()) {
      if (!facet.types().isEmpty() && !facet.types().contains(type)) {
        continue;
      }
      if (facet.cues().stream().anyMatch(p -> p.matcher(text).find())) {
        out.add(facet.id());
      }
    }
    return out;
  }

  /** The setting named first; else the one a place name suggests. */
  private Optional<String> setting(String text) {
    Optional<String> named = firstNamed(rules.settings(), text);
    return named.isPresent() ? named : firstNamed(rules.settingNames(), text);
  }

  private static Optional<String> firstNamed(Map<String, List<Pattern>> settings, String text) {
    String first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Map.Entry<String, List<Pattern>> e : settings.entrySet()) {
      for (Pattern p : e.getValue()) {
        Matcher m = p.matcher(text);
        if (m.find() && m.start() < firstAt) {
          first = e.getKey();
          firstAt = m.start();
        }
      }
    }
    return Optional.ofNullable(first);
  }

  private static Optional<String> duration(String text) {
    Matcher m = DURATION.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        return Optional.of(m.group().substring(m.group(1).length()));
      }
    }
    return Optional.empty();
  }

  private static List<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String name = m.group();
      if (!NOT_NAMES.contains(name)) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }
}
