package org.zhuiguang.corpus.cite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Abbreviations practitioners cite laws by, each pointing to a full title as the corpus writes it.
 * Only the generic short forms (without 中华人民共和国, without 《》) are derived by {@link LawNameIndex};
 * these are the ones no rule derives. An alias whose title is not in the catalog is ignored, and an
 * alias never overrides a name derived from a real title. Repealed laws (合同法, 物权法, 担保法 ...) are
 * deliberately not mapped to their successors: a citation of a repealed law stays unresolved unless
 * the catalog holds it.
 */
final class LawAliases {

  private static final String PRC = LawNameIndex.PRC;
  private static final String SPC = "最高人民法院关于";
  private static final String CIVIL_CODE_INTERPRETATION = SPC + "适用《中华人民共和国民法典》";

  private LawAliases() {}

  /** Alias -> full title. */
  static Map<String, String> table() {
    Map<String, String> aliases = new LinkedHashMap<>();
    // Procedure codes
    put(aliases, PRC + "民事诉讼法", "民诉法");
    put(aliases, PRC + "刑事诉讼法", "刑诉法");
    put(aliases, PRC + "行政诉讼法", "行诉法");
    // Laws commonly cited by a short name
    put(aliases, PRC + "消费者权益保护法", "消法", "消保法", "消费者保护法", "消费者权益法");
    put(aliases, PRC + "个人信息保护法", "个保法", "个人信息法");
    put(aliases, PRC + "道路交通安全法", "道交法", "交通安全法");
    put(aliases, PRC + "道路交通安全法实施条例", "道交法实施条例");
    put(aliases, PRC + "治安管理处罚法", "治安处罚法", "治安法");
    put(aliases, PRC + "环境保护法", "环保法");
    put(aliases, PRC + "土地管理法", "土管法");
    put(aliases, PRC + "城市房地产管理法", "房地产管理法", "房地产法");
    put(aliases, PRC + "未成年人保护法", "未保法");
    put(aliases, PRC + "妇女权益保障法", "妇女法", "妇女权益法");
    put(aliases, PRC + "老年人权益保障法", "老年法", "老年人法");
    put(aliases, PRC + "劳动争议调解仲裁法", "劳动仲裁法", "劳动争议仲裁法");
    put(aliases, PRC + "社会保险法", "社保法");
    put(aliases, PRC + "个人所得税法", "个税法");
    put(aliases, PRC + "企业破产法", "破产法");
    put(aliases, PRC + "食品安全法", "食安法");
    put(aliases, PRC + "电子商务法", "电商法");
    put(aliases, PRC + "反家庭暴力法", "反家暴法");
    put(aliases, PRC + "噪声污染防治法", "噪声法", "噪声污染法");
    put(aliases, PRC + "反不正当竞争法", "不正当竞争法");
    put(aliases, PRC + "著作权法", "版权法");
    put(aliases, PRC + "国家赔偿法", "国赔法");
    put(aliases, PRC + "农村土地承包法", "土地承包法");
    put(aliases, PRC + "香港特别行政区基本法", "香港基本法");
    put(aliases, PRC + "澳门特别行政区基本法", "澳门基本法");
    // State Council regulations
    put(aliases, "物业管理条例", "物业条例");
    put(aliases, "国有土地上房屋征收与补偿条例", "房屋征收条例", "国有土地上房屋征收条例", "房屋征收与补偿条例");
    put(aliases, PRC + "政府信息公开条例", "信息公开条例");
    put(aliases, "工伤保险条例", "工伤条例");
    put(aliases, "职工带薪年休假条例", "带薪年休假条例", "年休假条例");
    // Judicial interpretations
    put(aliases, SPC + "适用《中华人民共和国民事诉讼法》的解释", "民诉法解释", "民事诉讼法解释", "民诉解释", "民诉法司法解释", "民事诉讼法司法解释");
    put(aliases, SPC + "适用《中华人民共和国行政诉讼法》的解释", "行诉法解释", "行政诉讼法解释", "行诉解释");
    put(aliases, SPC + "适用《中华人民共和国刑事诉讼法》的解释", "刑诉法解释", "刑事诉讼法解释", "刑诉解释");
    put(
        aliases,
        CIVIL_CODE_INTERPRETATION + "有关担保制度的解释",
        "担保制度解释",
        "民法典担保制度解释",
        "担保制度司法解释",
        "民法典担保制度司法解释",
        "民法典担保解释");
    put(aliases, CIVIL_CODE_INTERPRETATION + "总则编若干问题的解释", "总则编解释", "民法典总则编解释");
    put(aliases, CIVIL_CODE_INTERPRETATION + "合同编通则若干问题的解释", "合同编通则解释", "民法典合同编通则解释");
    put(aliases, CIVIL_CODE_INTERPRETATION + "时间效力的若干规定", "时间效力规定", "民法典时间效力规定");
    for (String number : new String[] {"一", "二"}) {
      String suffix = "（" + number + "）";
      for (String book : new String[] {"婚姻家庭编", "继承编", "物权编", "侵权责任编"}) {
        put(
            aliases,
            CIVIL_CODE_INTERPRETATION + book + "的解释" + suffix,
            book + "解释" + suffix,
            "民法典" + book + "解释" + suffix,
            book + "司法解释" + suffix,
            "民法典" + book + "司法解释" + suffix);
      }
      put(
          aliases,
          SPC + "审理建设工程施工合同纠纷案件适用法律问题的解释" + suffix,
          "建设工程施工合同解释" + suffix,
          "建设工程施工合同司法解释" + suffix,
          "建工解释" + suffix);
      put(aliases, SPC + "审理劳动争议案件适用法律问题的解释" + suffix, "劳动争议解释" + suffix, "劳动争议司法解释" + suffix);
    }
    for (String number : new String[] {"一", "二", "三", "四", "五"}) {
      String suffix = "（" + number + "）";
      put(
          aliases,
          SPC + "适用《中华人民共和国公司法》若干问题的规定" + suffix,
          "公司法解释" + suffix,
          "公司法司法解释" + suffix,
          "公司法规定" + suffix);
      put(aliases, SPC + "适用《中华人民共和国保险法》若干问题的解释" + suffix, "保险法解释" + suffix, "保险法司法解释" + suffix);
      put(aliases, SPC + "适用《中华人民共和国婚姻法》若干问题的解释" + suffix, "婚姻法解释" + suffix, "婚姻法司法解释" + suffix);
    }
    put(aliases, SPC + "审理民间借贷案件适用法律若干问题的规定", "民间借贷规定", "民间借贷解释", "民间借贷司法解释");
    put(aliases, SPC + "审理人身损害赔偿案件适用法律若干问题的解释", "人身损害赔偿解释", "人身损害赔偿司法解释");
    put(aliases, SPC + "确定民事侵权精神损害赔偿责任若干问题的解释", "精神损害赔偿解释", "精神损害赔偿司法解释");
    put(aliases, SPC + "民事诉讼证据的若干规定", "民事证据规定", "民事诉讼证据规定", "民诉证据规定");
    put(aliases, SPC + "行政诉讼证据若干问题的规定", "行政诉讼证据规定", "行政证据规定");
    put(aliases, SPC + "审理道路交通事故损害赔偿案件适用法律若干问题的解释", "道路交通事故损害赔偿解释", "交通事故司法解释", "交通事故损害赔偿解释");
    put(aliases, SPC + "审理城镇房屋租赁合同纠纷案件具体应用法律若干问题的解释", "城镇房屋租赁合同解释", "房屋租赁合同司法解释", "房屋租赁司法解释");
    put(aliases, SPC + "审理商品房买卖合同纠纷案件适用法律若干问题的解释", "商品房买卖合同解释", "商品房买卖合同司法解释");
    put(aliases, SPC + "审理医疗损害责任纠纷案件适用法律若干问题的解释", "医疗损害责任解释", "医疗损害司法解释");
    put(aliases, SPC + "审理物业服务纠纷案件适用法律若干问题的解释", "物业服务纠纷解释", "物业服务司法解释");
    put(aliases, SPC + "审理建筑物区分所有权纠纷案件适用法律若干问题的解释", "建筑物区分所有权解释", "区分所有权司法解释");
    put(aliases, SPC + "审理旅游纠纷案件适用法律若干问题的规定", "旅游纠纷规定", "旅游纠纷司法解释");
    put(aliases, SPC + "审理融资租赁合同纠纷案件适用法律问题的解释", "融资租赁合同解释", "融资租赁司法解释");
    // numbered interpretations are also written without brackets: 劳动争议司法解释一
    for (Map.Entry<String, String> alias : List.copyOf(aliases.entrySet())) {
      String name = alias.getKey();
      int open = name.lastIndexOf('（');
      if (open > 0 && name.endsWith("）")) {
        put(
            aliases,
            alias.getValue(),
            name.substring(0, open) + name.substring(open + 1, name.length() - 1));
      }
    }
    return aliases;
  }

  private static void put(Map<String, String> aliases, String title, String... names) {
    for (String name : names) {
      String previous = aliases.putIfAbsent(name, title);
      if (previous != null && !previous.equals(title)) {
        throw new IllegalStateException("alias for two titles: " + name);
      }
    }
  }
}
