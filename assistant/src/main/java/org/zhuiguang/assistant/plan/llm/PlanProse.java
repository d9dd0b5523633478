package org.zhuiguang.assistant.plan.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhuiguang.assistant.answer.ModelReply;
import org.zhuiguang.assistant.plan.DisputeType;
import org.zhuiguang.assistant.plan.law.StatuteReference;
import org.zhuiguang.assistant.plan.sandbox.Move;
import org.zhuiguang.corpus.ArticleNumber;

/**
 * The narrative parts of a plan as a model wrote them, read from its JSON reply and checked against
 * the schema of {@code prompts/plan-system.txt}: sides (role, position, interests, moves if
 * mediation fails, articles for and against), options for an agreement, an optional summary and an
 * optional type the model would suggest. Anything else, or anything out of shape, is refused.
 *
 * @param suggestedType the dispute type the model would give, when it gives one
 * @param summary the model's summary of the facts, empty when none
 * @param parties the sides
 * @param options options for an agreement
 */
public record PlanProse(
    Optional<DisputeType> suggestedType,
    String summary,
    List<Party> parties,
    List<String> options) {

  /** One side as the model sees it. */
  public record Party(
      String role,
      String position,
      List<String> interests,
      List<Move> moves,
      List<StatuteReference> articlesFor,
      List<StatuteReference> articlesAgainst) {

    public Party {
      interests = List.copyOf(interests);
      moves = List.copyOf(moves);
      articlesFor = List.copyOf(articlesFor);
      articlesAgainst = List.copyOf(articlesAgainst);
    }

    Party map(UnaryOperator<String> f) {
      return new Party(
          f.apply(role),
          f.apply(position),
          interests.stream().map(f).toList(),
          moves.stream().map(m -> new Move(f.apply(m.move()), f.apply(m.cost()))).toList(),
          articlesFor,
          articlesAgainst);
    }
  }

  static final int MAX_PARTIES = 6;
  static final int MAX_ITEMS = 8;
  static final int MAX_SHORT = 60;
  static final int MAX_TEXT = 600;
  static final int MAX_REFS = 6;
  private static final Set<String> FIELDS = Set.of("dispute_type", "summary", "parties", "options");
  private static final Set<String> PARTY_FIELDS =
      Set.of("role", "position", "interests", "moves", "articles_for", "articles_against");
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "<[A-Za-z/!]|\\]\\(|https?://|javascript:|\\{\\{|```", Pattern.CASE_INSENSITIVE);
  private static final ObjectMapper JSON = new ObjectMapper();

  public PlanProse {
    parties = List.copyOf(parties);
    options = List.copyOf(options);
  }

  /** Every free-text string of the prose, for scanning (citations, leftovers). */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    if (!summary.isEmpty()) {
      out.add(summary);
    }
    for (Party p : parties) {
      out.add(p.role());
      out.add(p.position());
      out.addAll(p.interests());
      p.moves().forEach(m -> out.add(m.move() + " " + m.cost()));
    }
    out.addAll(options);
    return out;
  }

  /** The prose with {@code f} applied to every free-text string (e.g. restoring masked data). */
  public PlanProse map(UnaryOperator<String> f) {
    return new PlanProse(
        suggestedType,
        f.apply(summary),
        parties.stream().map(p -> p.map(f)).toList(),
        options.stream().map(f).toList());
  }

  /**
   * Reads a model's reply; what is wrong goes into {@code problems}.
   *
   * @return the prose, or empty when the reply is not a JSON object of the required shape
   */
  public static Optional<PlanProse> parse(String reply, List<String> problems) {
    Optional<JsonNode> parsed = ModelReply.jsonObject(reply, problems, "");
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    JsonNode root = parsed.get();
    int before = problems.size();
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                problems.add("多余的字段 " + name);
              }
            });
    Optional<DisputeType> type = Optional.empty();
    JsonNode typeNode = root.get("dispute_type");
    if (typeNode != null && !typeNode.isNull()) {
      type = typeNode.isTextual() ? DisputeType.fromLabel(typeNode.textValue()) : Optional.empty();
      if (type.isEmpty()) {
        problems.add("dispute_type 不是规定的纠纷类型之一");
      }
    }
    String summary = "";
    JsonNode summaryNode = root.get("summary");
    if (summaryNode != null && !summaryNode.isNull()) {
      summary = text(summaryNode, "summary", MAX_TEXT, problems);
    }
    List<Party> parties = new ArrayList<>();
    JsonNode partiesNode = root.get("parties");
    if (partiesNode == null || !partiesNode.isArray()) {
      problems.add("parties 缺失或不是数组");
    } else if (partiesNode.size() < 2 || partiesNode.size() > MAX_PARTIES) {
      problems.add("parties 须有 2 至 " + MAX_PARTIES + " 方");
    } else {
      for (JsonNode p : partiesNode) {
        party(p, problems).ifPresent(parties::add);
      }
    }
    List<String> options = texts(root.get("options"), "options", 1, MAX_TEXT, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new PlanProse(type, summary, parties, options));
  }

  private static Optional<Party> party(JsonNode p, List<String> problems) {
    if (!p.isObject()) {
      problems.add("parties 的每一项须为对象");
      return Optional.empty();
    }
    int before = problems.size();
    p.fieldNames()
        .forEachRemaining(
            name -> {
              if (!PARTY_FIELDS.contains(name)) {
                problems.add("parties 中多余的字段 " + name);
              }
            });
    String role = text(p.get("role"), "role", MAX_SHORT, problems);
    String position = text(p.get("position"), "position", MAX_TEXT, problems);
    List<String> interests = texts(p.get("interests"), "interests", 1, MAX_TEXT, problems);
    List<Move> moves = new ArrayList<>();
    JsonNode movesNode = p.get("moves");
    if (movesNode == null || !movesNode.isArray() || movesNode.isEmpty()) {
      problems.add("moves 缺失或为空");
    } else if (movesNode.size() > MAX_ITEMS) {
      problems.add("moves 超过 " + MAX_ITEMS + " 项");
    } else {
      for (JsonNode m : movesNode) {
        if (!m.isObject()) {
          problems.add("moves 的每一项须为含 move、cost 的对象");
          continue;
        }
        moves.add(
            new Move(
                text(m.get("move"), "move", MAX_TEXT, problems),
                text(m.get("cost"), "cost", MAX_TEXT, problems)));
      }
    }
    List<StatuteReference> pro = refs(p.get("articles_for"), problems);
    List<StatuteReference> contra = refs(p.get("articles_against"), problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Party(role, position, interests, moves, pro, contra));
  }

  private static List<StatuteReference> refs(JsonNode node, List<String> problems) {
    List<StatuteReference> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray() || node.size() > MAX_REFS) {
      problems.add("articles_for/articles_against 须为不超过 " + MAX_REFS + " 项的数组");
      return out;
    }
    for (JsonNode r : node) {
      JsonNode law = r.get("law");
      JsonNode article = digits(r.get("article"));
      JsonNode suffix = digits(r.get("suffix"));
      if (!r.isObject()
          || law == null
          || !law.isTextual()
          || law.textValue().isBlank()
          || law.textValue().length() > 100
          || article == null
          || !article.canConvertToInt()
          || !article.isIntegralNumber()
          || article.intValue() < 1
          || article.intValue() > 10_000
          || (suffix != null && (!suffix.isIntegralNumber() || suffix.intValue() < 0))) {
        problems.add("条文引用须为 {\"law\": 法规名称, \"article\": 正整数条号}");
        continue;
      }
      out.add(
          new StatuteReference(
              law.textValue().strip(),
              ArticleNumber.of(article.intValue(), suffix == null ? 0 : suffix.intValue())));
    }
    return out;
  }

  /** An article number written as a string of digits ("288") is read as the number. */
  private static JsonNode digits(JsonNode node) {
    if (node != null && node.isTextual() && node.textValue().strip().matches("[0-9]{1,5}")) {
      return JSON.getNodeFactory().numberNode(Integer.parseInt(node.textValue().strip()));
    }
    return node;
  }

  private static List<String> texts(
      JsonNode node, String field, int min, int maxLength, List<String> problems) {
    List<String> out = new ArrayList<>();
    if (node == null || !node.isArray() || node.size() < min || node.size() > MAX_ITEMS) {
      problems.add(field + " 须为 " + min + " 至 " + MAX_ITEMS + " 个字符串的数组");
      return out;
    }
    for (JsonNode n : node) {
      out.add(text(n, field, maxLength, problems));
    }
    return out;
  }

  private static String text(JsonNode node, String field, int maxLength, List<String> problems) {
    if (node == null || !node.isTextual() || node.textValue().isBlank()) {
      problems.add("字段 " + field + " 缺失或为空，须为非空字符串");
      return "";
    }
    String text = node.textValue().strip();
    if (text.length() > maxLength) {
      problems.add("字段 " + field + " 超过 " + maxLength + " 个字符");
    }
    if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n')) {
      problems.add("字段 " + field + " 含有控制字符");
    }
    Matcher bad = FORBIDDEN.matcher(text);
    if (bad.find()) {
      problems.add("字段 " + field + " 含有标记、链接或模板（" + bad.group() + "）");
    }
    return text;
  }
}
