package org.zhuiguang.assistant.plan.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The risk signals of a narrative: threats of violence, self-harm or extreme acts; present danger;
 * group gatherings; vulnerable persons; repeated failed mediation. Angry words about suing or
 * complaining are not threats, and a danger or threat the narrative says is over is not present.
 */
public final class Signals {

  public static final String VIOLENCE = "暴力威胁";
  public static final String SELF_HARM = "自伤自杀威胁";
  public static final String EXTREME = "极端行为";
  public static final String DANGER = "现实人身危险";
  public static final String GATHERING = "群体聚集";
  public static final String ELDERLY_ALONE = "独居老人";
  public static final String PREGNANT = "孕妇";
  public static final String MINOR = "未成年人";
  public static final String DISABLED = "残疾人";
  public static final String REPEATED = "多次调解未果";
  public static final String DISTRESS = "心理危机";
  public static final String HARDSHIP = "生活困难";

  private static final Pattern VIOLENCE_WORDS =
      Pattern.compile(
          "砍死|杀了|弄死|打死|捅死|砍了你|宰了|杀你|杀他|拼命|同归于尽|一起死|大不了一死|鱼死网破|废了他|"
              + "打断.{0,6}腿|腿.{0,2}打断|报复|拿刀|持刀|菜刀|动刀|刀指|拿着刀|拎着刀|泼油漆|泼粪|要他好看|让他好看|"
              + "叫.{0,4}(兄弟|人).{0,6}(堵|打|砸|找)|带人.{0,6}(堵|打|砸)|找人.{0,4}(打|收拾)|收拾他|见一次打一次");
  private static final Pattern SELF_HARM_WORDS =
      Pattern.compile(
          "跳楼|跳河|跳江|喝农药|敌敌畏|百草枯|农药|自杀|寻死|轻生|不想活|活不下去|割腕|上吊|死给.{0,4}看|"
              + "当面喝|服毒|安眠药|死在.{0,6}(门口|面前|店里|这里)|一头撞死|不活了|"
              + "(坐|站|爬)(在|到|上)[^。]{0,8}(护栏|栏杆|窗台|天台边|楼顶边|桥栏)");
  private static final Pattern EXTREME_WORDS =
      Pattern.compile(
          "放火|纵火|一把火|点火|自焚|汽油|炸了|炸药|煤气罐|砸烂|砸店|爬(上)?塔吊|爬上?(楼顶|屋顶|天台|广告牌|高压)|砸了他|砸了你|把.{0,8}(砸了|砸烂|烧了|点了)|(就|要|去)砸|"
              + "堵住?(门|大门|园区|厂门|工地|马路|路口|路)|(门口|门前|大门|路口|厂门)[^。，]{0,2}堵(着|了|住)|去.{0,8}堵|"
              + "围堵|拉到工地|抬尸|停尸|抬到.{0,6}(门口|工地|厂)|拉到.{0,4}门口|"
              // sitting or lying at a gate so that vehicles or people cannot pass is blocking it
              + "(坐|躺|守|拦|围)在[^。]{0,8}(大门|门口|路口|路中间|马路)[^。]{0,12}(进不去|出不去|进不来|出不来|开不进|开不出|过不去)|"
              + "(站|停)在[^。]{0,8}(大门|门口|道闸|路口)[^。]{0,10}不让[^。]{0,6}(进|出)");
  private static final Pattern DANGER_WORDS =
      Pattern.compile(
          "昏迷|ICU|重症监护|生命危险|危及生命|病危|颅内出血|还没醒|(井盖|窨井盖)[^。]{0,8}(没了|丢了|被偷|缺失|不见|拿走|碎了|压碎|压坏|破了|塌了)|随时(可能)?(倒塌|坍塌|掉下来|塌|倒下|砸)|"
              // a near miss at a hazard that is still there (an open hole, a trench): PASSED rules
              // out
              // the ones already mended
              + "差点[^。]{0,6}(掉|摔|踩|跌|栽)(进|下|到)|"
              + "摇摇欲坠|有倒塌|有坍塌|漏电|燃气泄漏|煤气泄漏|被困|高烧不退|大出血|"
              // something half fallen still hanging over where people pass
              + "(挂着|悬着|吊着|卡着)[^。]{0,4}(没|还没|没有)掉|(悬|挂|吊)在(半空|头顶|人行道|路)");
  private static final Pattern GATHERING_WORDS =
      Pattern.compile("聚集|聚在|围在|拉横幅|拉起横幅|摆花圈|集体上访|群体|围堵|一起去.{0,8}(闹|拉|堵|上访)");
  private static final Pattern PASSED =
      Pattern.compile(
          "已经?(脱离|出院|修好|修复|排除|处理好|平息|和好|道歉|没事|撤走|拆除|清理)|早就没事|后来.{0,6}(道歉|和好|没事)|"
              + "事情过去|当时说|气话|说说而已");
  private static final Pattern NEGATION = Pattern.compile("(没有|没|未|不会|不敢|并未|不是)$");
  private static final Pattern ELDERLY_ALONE_WORDS =
      Pattern.compile("独居|一个人住|自己住|独自住|一个人过|一个人租住|一人居住|孤寡|空巢|无人照顾|一个人生活|没人照顾|独自居住|独自生活");
  private static final Pattern ELDERLY =
      Pattern.compile(
          "老人|老太|老头|阿婆|阿伯|大爷|大妈|奶奶|爷爷|婆婆|老伴|高龄|退休|养老|[六七八九]十(多|几)?岁|[六七八九]十[一二三四五六七八九]?(岁|了)|"
              + "[6-9][0-9]岁|(伯|婆|叔|姨)[^。，]{0,3}[六七八九]十");
  private static final Pattern YOUNG_ADULT =
      Pattern.compile("(?<![0-9〇零一二两三四五六七八九十])([二三四]十[一二三四五六七八九]?(多)?|[2-4][0-9])岁|女孩|男孩|小伙|姑娘");
  private static final Pattern PREGNANT_WORDS = Pattern.compile("孕妇|怀孕|怀着|身孕|孕期|待产|怀了");
  private static final Pattern MINOR_WORDS =
      Pattern.compile("未成年|小学生|初中生|上小学|上初中|读小学|读初中|幼儿园|婴儿|宝宝|高中生|读高中|上高中|初一|初二|初三|小学[一二三四五六]年级");
  private static final Pattern AGE = Pattern.compile("([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})(周)?岁");

  /** An age that belongs to an animal or a thing (狗三岁了, 车开了五年) rather than a person. */
  private static final Pattern NOT_A_PERSON = Pattern.compile("狗|猫|犬|车|房|树|店|厂|公司");

  private static final Pattern CHILD_NEAR = Pattern.compile("儿子|女儿|孩子|小孩|男孩|女孩|学生|孙子|孙女|外孙|娃|小朋友");
  private static final Pattern DISABLED_WORDS =
      Pattern.compile("残疾|瘫痪|瘫在床|偏瘫|卧床不起|植物人|轮椅|盲人|失明|聋哑|智力障碍|精神残疾|残疾证|截肢|视力障碍|听力障碍|拄拐.{0,4}残");
  private static final Pattern REPEATED_WORDS =
      Pattern.compile(
          "多次(调解|协调|调处)|(调解|协调|调处|调)(过|了)?(好几|两|三|四|五|几|多)次|反复(调解|协调)|"
              + "(调解|协调)(了)?(好几|两|三|几)回|几次(调解|协调)都|(调解|协调)[^。]{0,8}(都|均)(没|未|不)(成|谈拢|果)");
  private static final Pattern DISTRESS_WORDS =
      Pattern.compile(
          "不去上学|没去上学|不肯上学|关在房间|闭门不出|抑郁|精神崩溃|情绪崩溃|想不开|情绪激动|天天哭|整天哭|失眠|吃不下饭|" + "不吃不喝|精神恍惚");
  private static final Pattern HARDSHIP_WORDS =
      Pattern.compile("低保|没着落|没钱吃饭|米都是|生活困难|交不起|没有收入|没收入|看不起病|吃不上饭|身无分文");

  private Signals() {}

  /** Every signal the narrative gives, in a stable order of kinds. */
  public static List<Evidence> detect(String text) {
    List<Evidence> out = new ArrayList<>();
    present(text, VIOLENCE, VIOLENCE_WORDS, out);
    present(text, SELF_HARM, SELF_HARM_WORDS, out);
    present(text, EXTREME, EXTREME_WORDS, out);
    present(text, DANGER, DANGER_WORDS, out);
    present(text, GATHERING, GATHERING_WORDS, out);
    elderlyAlone(text, out);
    any(text, PREGNANT, PREGNANT_WORDS, out);
    minors(text, out);
    any(text, DISABLED, DISABLED_WORDS, out);
    any(text, REPEATED, REPEATED_WORDS, out);
    any(text, DISTRESS, DISTRESS_WORDS, out);
    any(text, HARDSHIP, HARDSHIP_WORDS, out);
    return out;
  }

  /** Whether the list holds a signal of this kind. */
  public static boolean has(List<Evidence> signals, String kind) {
    return signals.stream().anyMatch(e -> e.kind().equals(kind));
  }

  private static void present(String text, String kind, Pattern words, List<Evidence> out) {
    Matcher m = words.matcher(text);
    while (m.find()) {
      String lead = text.substring(Math.max(0, m.start() - 4), m.start());
      if (NEGATION.matcher(lead).find()) {
        continue;
      }
      String sentence = sentence(text, m.start());
      String next = nextSentence(text, m.start());
      if (PASSED.matcher(sentence).find() || PASSED.matcher(next).find()) {
        continue;
      }
      out.add(new Evidence(kind, sentence));
      return;
    }
  }

  private static void any(String text, String kind, Pattern words, List<Evidence> out) {
    Matcher m = words.matcher(text);
    if (m.find()) {
      String lead = text.substring(Math.max(0, m.start() - 3), m.start());
      if (!NEGATION.matcher(lead).find()) {
        out.add(new Evidence(kind, sentence(text, m.start())));
      }
    }
  }

  /** Living alone, said of an old person (二十多岁的女孩，一个人住 is not). */
  private static void elderlyAlone(String text, List<Evidence> out) {
    Matcher m = ELDERLY_ALONE_WORDS.matcher(text);
    while (m.find()) {
      String lead = text.substring(Math.max(0, m.start() - 3), m.start());
      String sentence = sentence(text, m.start());
      if (!NEGATION.matcher(lead).find()
          && ELDERLY.matcher(sentence).find()
          && !YOUNG_ADULT.matcher(sentence).find()) {
        out.add(new Evidence(ELDERLY_ALONE, sentence));
        return;
      }
    }
  }

  private static void minors(String text, List<Evidence> out) {
    Matcher words = MINOR_WORDS.matcher(text);
    if (words.find()) {
      out.add(new Evidence(MINOR, sentence(text, words.start())));
      return;
    }
    Matcher age = AGE.matcher(text);
    while (age.find()) {
      var years = NumberWords.value(age.group(1));
      if (years.isEmpty() || years.getAsLong() >= 18) {
        continue;
      }
      String around =
          text.substring(Math.max(0, age.start() - 8), Math.min(text.length(), age.end() + 6));
      boolean young = years.getAsLong() <= 14 && !NOT_A_PERSON.matcher(around).find();
      if (young || CHILD_NEAR.matcher(around).find()) {
        out.add(new Evidence(MINOR, sentence(text, age.start())));
        return;
      }
    }
  }

  /** The sentence around a position, trimmed of its end mark. */
  static String sentence(String text, int at) {
    int start = at;
    while (start > 0 && "。！？!?\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = at;
    while (end < text.length() && "。！？!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(start, end).trim();
  }

  private static String nextSentence(String text, int at) {
    int end = at;
    while (end < text.length() && "。！？!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end + 1 < text.length() ? sentence(text, end + 1) : "";
  }
}
