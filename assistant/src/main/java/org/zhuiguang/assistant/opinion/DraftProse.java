package org.zhuiguang.assistant.opinion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhuiguang.assistant.answer.CitationFinder;
import org.zhuiguang.assistant.answer.CitationVerifier;
import org.zhuiguang.assistant.answer.ModelReply;
import org.zhuiguang.assistant.answer.Verification;
import org.zhuiguang.corpus.StatuteArticle;

/**
 * The prose a model wrote for a draft: the analysis, the conclusion and advice, and the risks. The
 * reply is untrusted: it must be one JSON object with exactly these three non-empty text fields, no
 * markup, links or control characters; every article it cites must exist in the index and be one of
 * the articles it was given; and it may not quote article text at all (the verbatim text is
 * inserted by the server under the legal basis, never taken from the model).
 *
 * @param analysis the analysis section
 * @param conclusion the conclusion and advice section
 * @param risks the risks section
 */
public record DraftProse(String analysis, String conclusion, String risks) {

  /** The longest accepted field, in characters. */
  static final int MAX_FIELD = 8_000;

  static final List<String> FIELDS = List.of("analysis", "conclusion", "risks");

  /** Markup, links, images and script URLs: none may appear in a draft. */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "<\\s*/?\\s*[A-Za-z!?]|javascript:|data:|!\\[|https?://|www\\.",
          Pattern.CASE_INSENSITIVE);

  /** “…”, 「…」, 『…』 and "…" quotations. */
  private static final Pattern QUOTE =
      Pattern.compile("“([^”]*)”|「([^」]*)」|『([^』]*)』|\"([^\"\\n]*)\"");

  /** A personal-data placeholder left after restoring: one the model made up. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\[(?:当事人|电话|手机|身份证|银行卡|地址|邮箱)\\d+\\]");

  /** A quotation this long that occurs in an article's text is a quote of the article. */
  static final int ARTICLE_QUOTE_MIN = 8;

  public DraftProse {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(conclusion, "conclusion");
    Objects.requireNonNull(risks, "risks");
  }

  /** The three fields with {@code f} applied to each (placeholders restored). */
  DraftProse map(UnaryOperator<String> f) {
    return new DraftProse(f.apply(analysis), f.apply(conclusion), f.apply(risks));
  }

  /** All three fields, one after the other. */
  String joined() {
    return analysis + "\n" + conclusion + "\n" + risks;
  }

  /**
   * Reads a model's reply; what is wrong goes into {@code problems} (in Chinese, for the model).
   *
   * @return the prose, or empty when the reply is not the required JSON object
   */
  static Optional<DraftProse> parse(String reply, List<String> problems) {
    Optional<JsonNode> parsed =
        ModelReply.jsonObject(reply, problems, "；只输出一个含 analysis、conclusion、risks 三个字段的 JSON 对象");
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    JsonNode root = parsed.get();
    List<String> values = new ArrayList<>();
    int before = problems.size();
    for (String field : FIELDS) {
      JsonNode node = root.get(field);
      if (node == null || !node.isTextual() || node.textValue().isBlank()) {
        problems.add("字段 " + field + " 缺失或为空，须为非空字符串");
        continue;
      }
      String text = node.textValue().strip();
      if (text.length() > MAX_FIELD) {
        problems.add("字段 " + field + " 超过 " + MAX_FIELD + " 个字符");
      }
      if (text.codePoints()
          .anyMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\t')) {
        problems.add("字段 " + field + " 含有控制字符");
      }
      Matcher bad = FORBIDDEN.matcher(text);
      if (bad.find()) {
        problems.add("字段 " + field + " 含有标记、链接或图片（“" + bad.group() + "”），只能输出纯文本");
      }
      values.add(text);
    }
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                problems.add("多余的字段 " + name + "；只能有 analysis、conclusion、risks");
              }
            });
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new DraftProse(values.get(0), values.get(1), values.get(2)));
  }

  /**
   * Checks the (restored) prose against the articles it was given.
   *
   * @param given the articles the model was given (the draft's legal basis)
   * @param caseText the case's narrative and question (quoting them is allowed)
   * @param finder the citation finder of the catalog the articles come from
   * @return the problems, empty when the prose passes
   */
  List<String> check(Collection<StatuteArticle> given, String caseText, CitationFinder finder) {
    String all = joined();
    Verification v = new CitationVerifier().verify(all, given, caseText, finder);
    List<String> problems = new ArrayList<>(v.problems());
    Matcher left = PLACEHOLDER.matcher(all);
    if (left.find()) {
      problems.add("占位符" + left.group() + "在案件数据中不存在；只能使用数据块中出现的占位符");
    }
    Matcher m = QUOTE.matcher(all);
    while (m.find()) {
      String quote = firstGroup(m);
      String needle = normalise(quote);
      if (needle.length() < ARTICLE_QUOTE_MIN) {
        continue;
      }
      for (StatuteArticle a : given) {
        if (normalise(a.text()).contains(needle)) {
          problems.add(
              String.format(
                  Locale.ROOT,
                  "不要抄录条文原文（“%s”出自《%s》%s）；条文原文由系统列在“法律依据”中，分析中只写法规名称和条号",
                  abbreviate(quote),
                  a.law(),
                  a.number().toChinese()));
          break;
        }
      }
    }
    return problems;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  private static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && cp != '　')
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String abbreviate(String text) {
    return text.length() <= 30 ? text : text.substring(0, 30) + "…";
  }
}
