package org.zhuiguang.assistant.plan.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds sums of money and numbers of people in a narrative. */
public final class Quantities {

  private static final Pattern NUMBER =
      Pattern.compile(
          "[0-9０-９]+(?:[.．][0-9０-９]+)?[十百千万亿]*[多余来]?[万千]?"
              + "|[零〇一二两三四五六七八九十百千万亿几][零〇一二两三四五六七八九十百千万亿几多余来]*");

  private static final Pattern CURRENCY = Pattern.compile("^\\s*(?:多|余)?\\s*(元|块|圆|万元|万块|块钱|千元)");
  private static final String COUNTERS = "人名个位户号口岁天年月日周次栋楼层米平间套家辆台只条根斤公分秒小点倍成期张项件批";
  private static final Pattern MONEY_CUE =
      Pattern.compile(
          "欠|赔|借|补偿|补|差了|相差|索|要求|要|花了|花|合同|付了|定金|订金|首付款|准备|交|付|工资|钱|费|款|加起来|一共|共计|合计|损失|扣|退|还|押金|罚|拿出|给|转账|报价|金额|赔偿|工钱");
  private static final Pattern VALUE_CUE =
      Pattern.compile("价值|总价|房价|市值|首付|估值|营业额|年收入|身家|买的房|房子值|卖了|注册资本|值|年[^。，]{0,3}收|收入|营收");

  /** A refund plus a multiple of the price (退一赔三, 三倍赔偿): the claim is the price times 1 + n. */
  private static final Pattern MULTIPLE =
      Pattern.compile("退一赔([三十])|([三十])倍(的)?赔|赔(偿)?([三十])倍|按([三十])倍赔");

  private static final Pattern AMOUNT_NEXT = Pattern.compile("(偿|付)?[0-9０-９零〇一二两三四五六七八九十百千万]");

  /** A share claimed of a valued asset (房子值一百五十万，他要一半): the claim is that share. */
  private static final Pattern SHARE =
      Pattern.compile("[^。]{0,10}?(要|分|拿|占|争)[^。]{0,3}?(一半|三分之一|四分之一)");

  private static long share(String word) {
    return switch (word) {
      case "三分之一" -> 3;
      case "四分之一" -> 4;
      default -> 2;
    };
  }

  private static final Pattern PER_PERSON = Pattern.compile("每人|每个人|人均|每名|每位");
  private static final Pattern PER_MONTH = Pattern.compile("每(个)?月|月薪|月工资|一个月|月租|房租");
  private static final Pattern MONTHS_OWED =
      Pattern.compile(
          "(?:拖欠|欠了|拖了|已经|快|有)?([0-9０-９]+|[一二两三四五六七八九十几半]+)(?:个多月|个月|多个月)"
              + "(?:的)?(?:[^。，]{0,2}?)(没给|没发|没付|没交|未付|未发|不给|没有给|没有发|没结|工资|房租|没拿)?");

  /** A number of people as written, then its rough marker: 三十, 十几, 二十来, 12 (two groups). */
  private static final String PEOPLE_NUMERAL =
      "([0-9０-９]+|[一二两三四五六七八九十百千几]+[一二两三四五六七八九十百千几]*)([多几来余]?)";

  private static final Pattern PEOPLE =
      Pattern.compile(
          PEOPLE_NUMERAL
              + "(名|个|位|户|号|口|家)?([\\p{IsHan}]{0,6}的|[\\p{IsHan}]{0,3}?)"
              + "(工人|员工|职工|农民工|业主|住户|家属|亲戚|亲属|村民|租户|租客|居民|老人|学员|会员|家长|商户|摊贩|"
              + "消费者|兄弟|老乡|学生|儿子|女儿|子女|孩子|家庭|同事|工友|师傅|骑手|司机|保洁员|保安|店员|服务员|学徒|"
              + "装修工|木工|电工|快递员|外卖员|操作工|普工|(?<=[个名位])(?:阿姨|大妈|大爷)|人)"
              // households acting together: 十几户联名, 十来户没签
              + "|"
              + PEOPLE_NUMERAL
              + "户"
              + "(?=[^。，]{0,3}(联名|联合|一起|没签|不签|未签|投诉|反映|上访|受影响|被停|停水|停电))");
  private static final Pattern NOT_A_MODIFIER = Pattern.compile("[岁年天月块元万楼层米次]");
  private static final Pattern GROUP_ACTION =
      Pattern.compile(
          "聚|围|堵|横幅|一起|集体|联名|来了|赶来|讨薪|讨要|被欠|欠|没发|未发|拖欠|停工|罢工|上访|维权|来站|来到|找到|"
              + "找上门|冲|闹|退费|被骗|受害|都没|没开工|要求|来社区|到社区|找社区|中毒|受伤|都说|投诉|拿不到|没拿到|"
              + "被咬|被困|被停|停水|停电|不肯|不给|签了|凑|出钱|都不|跑到|赶到|涌到|都到|全到|一分没|没结|"
              + "(坐|躺|守|蹲|站|停)在[^，。]{0,6}(门口|大门|路口|楼下|办公室|工地|道闸)|不让[^，。]{0,6}(进|出|收费|施工|走)|"
              + "推搡|对峙|吵起来|打起来");
  private static final Pattern JOINT_ACTION = Pattern.compile("联名|联合|集体|一起(去|到|来|找)");
  private static final Pattern BYSTANDERS =
      Pattern.compile(
          "别的|其他|其余|没意见|没有别人|按时|正常|听到|都在传|微信群|群（|群里|整栋|整条|整个小区|全厂|总共有|厂里有|住着|几十家|加起来[^，。]{0,4}人");

  private Quantities() {}

  /** Every sum of money the narrative names, in order. */
  public static List<MoneyMention> money(String text) {
    List<MoneyMention> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String word = m.group();
      int end = m.end();
      String after = text.substring(end, Math.min(text.length(), end + 10));
      boolean currency = CURRENCY.matcher(after).find();
      if (!currency && (after.isEmpty() || COUNTERS.indexOf(after.charAt(0)) >= 0)) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 20), m.start());
      String near = text.substring(Math.max(0, m.start() - 8), m.start());
      boolean big = word.contains("万") || word.contains("千");
      if (!currency && !(big && MONEY_CUE.matcher(before + after).find())) {
        continue;
      }
      if (word.length() == 1 && !currency) {
        continue;
      }
      String counted = word;
      Matcher unit = Pattern.compile("^\\s*(万|千)").matcher(after);
      if (unit.find() && !word.endsWith("万") && !word.endsWith("千")) {
        counted = word + unit.group(1);
      }
      OptionalLong value = NumberWords.value(counted);
      if (value.isEmpty() || value.getAsLong() <= 0) {
        continue;
      }
      boolean claimed = !VALUE_CUE.matcher(near).find();
      out.add(
          new MoneyMention(
              value.getAsLong(), NumberWords.isApproximate(word), word, m.start(), claimed));
    }
    return out;
  }

  /**
   * The sum in dispute: the largest claimed sum, times the number of people when it is a sum per
   * person (每人八千); zero when the narrative names none.
   */
  public static long claimedAmount(String text, List<MoneyMention> money, int groupSize) {
    long best = 0;
    for (MoneyMention mention : money) {
      if (!mention.claimed()) {
        continue;
      }
      long value = mention.yuan();
      String before = text.substring(Math.max(0, mention.start() - 6), mention.start());
      if (groupSize > 1 && PER_PERSON.matcher(before).find()) {
        value *= groupSize;
      }
      value *= monthsOwed(text, mention, before);
      best = Math.max(best, value);
    }
    for (MoneyMention mention : money) {
      if (mention.claimed()) {
        continue;
      }
      int from = mention.start() + mention.text().length();
      Matcher share = SHARE.matcher(text.substring(from, Math.min(text.length(), from + 16)));
      if (share.find()) {
        best = Math.max(best, mention.yuan() / share(share.group(2)));
      }
    }
    Matcher multiple = MULTIPLE.matcher(text);
    if (best > 0
        && multiple.find()
        && !AMOUNT_NEXT.matcher(text).region(multiple.end(), text.length()).lookingAt()) {
      // 按十倍赔两千四: the sum named after the multiple is already the claim
      for (int g = 1; g <= multiple.groupCount(); g++) {
        String n = multiple.group(g);
        if (n != null && (n.equals("三") || n.equals("十"))) {
          return best * (1 + (n.equals("三") ? 3 : 10));
        }
      }
    }
    return best;
  }

  /**
   * For a monthly sum (每月一千五, 月薪五千) the number of months owed when the narrative says (八个月没给,
   * 拖欠三个月), else 1.
   */
  private static long monthsOwed(String text, MoneyMention mention, String before) {
    String lead = text.substring(Math.max(0, mention.start() - 8), mention.start());
    if (!PER_MONTH.matcher(lead).find()) {
      return 1;
    }
    int from = mention.start() + mention.text().length();
    String after = text.substring(from, Math.min(text.length(), from + 30));
    Matcher m = MONTHS_OWED.matcher(after);
    while (m.find()) {
      boolean owed = m.group(2) != null || m.group().startsWith("拖") || m.group().startsWith("欠");
      if (owed) {
        OptionalLong months = NumberWords.value(m.group(1));
        if (months.isPresent() && months.getAsLong() > 1 && months.getAsLong() < 120) {
          return months.getAsLong();
        }
      }
    }
    return 1;
  }

  /** Every number of people the narrative names, with whether each is a group in the dispute. */
  public static List<PeopleMention> people(String text) {
    List<PeopleMention> out = new ArrayList<>();
    Matcher m = PEOPLE.matcher(text);
    while (m.find()) {
      if (m.group(6) != null) {
        // N户 followed by a joint action: the households act together in the dispute
        OptionalLong households = NumberWords.value(m.group(6) + m.group(7));
        if (households.isPresent()
            && households.getAsLong() > 1
            && households.getAsLong() < 100_000) {
          out.add(
              new PeopleMention(
                  (int) households.getAsLong(),
                  NumberWords.isApproximate(m.group(6) + m.group(7)),
                  "户",
                  m.group(),
                  true));
        }
        continue;
      }
      String numeral = m.group(1) + m.group(2);
      String counter = m.group(3) == null ? "" : m.group(3);
      if (m.group(4) != null && NOT_A_MODIFIER.matcher(m.group(4)).find()) {
        continue; // 八十多岁的老人 is an age, not a number of people
      }
      if (m.start() > 0 && "一家".equals(text.substring(Math.max(0, m.start() - 2), m.start()))) {
        continue; // 一家三口: one household
      }
      if (counter.isEmpty()
          && m.group(1).length() >= 3
          && m.group(1).chars().allMatch(Character::isDigit)
          && m.group(4).contains("的")) {
        continue; // 1502的业主, 202的陈阿姨: a flat number, not a crowd
      }
      if (counter.isEmpty() && m.group(1).length() == 1 && m.group(2).isEmpty()) {
        continue; // 三人 is fine but 一人/二人 without counter are too ambiguous in prose
      }
      OptionalLong value = NumberWords.value(numeral);
      if (value.isEmpty() || value.getAsLong() <= 0 || value.getAsLong() > 100_000) {
        continue;
      }
      boolean approximate = NumberWords.isApproximate(numeral);
      out.add(
          new PeopleMention(
              (int) value.getAsLong(),
              approximate,
              m.group(5),
              m.group(),
              isGroup(text, m.start(), m.end())));
    }
    return out;
  }

  private static boolean isGroup(String text, int start, int end) {
    int clauseStart = start;
    while (clauseStart > 0 && "，。；！？,;!?\n".indexOf(text.charAt(clauseStart - 1)) < 0) {
      clauseStart--;
    }
    int clauseEnd = end;
    int clauses = 0;
    while (clauseEnd < text.length()) {
      char c = text.charAt(clauseEnd);
      if ("，。；！？,;!?\n".indexOf(c) >= 0) {
        clauses++;
        if (clauses == 2 || c == '。' || c == '！' || c == '？') {
          break;
        }
      }
      clauseEnd++;
    }
    String window = text.substring(clauseStart, clauseEnd);
    String ownClause = text.substring(clauseStart, Math.min(text.length(), end + 12));
    if (BYSTANDERS.matcher(ownClause).find() && !JOINT_ACTION.matcher(ownClause).find()) {
      return false; // 群里有八百人 counts members; 在群里联名 is people acting together
    }
    if (BYSTANDERS.matcher(window).find() && !GROUP_ACTION.matcher(ownClause).find()) {
      return false;
    }
    return GROUP_ACTION.matcher(window).find();
  }
}
