package org.zhuiguang.assistant.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/** Sub-issues a narrative raises bring their articles into the plan (invented narratives). */
class PlanArticlesTest {

  private static PlanBuilder builder;

  @BeforeAll
  static void load() {
    Optional<StatuteCatalog> corpus = RealCorpus.load();
    assumeTrue(corpus.isPresent(), "the shared corpus or its reader is not available");
    builder = PlanBuilder.withDefaults(corpus.get());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "服装厂老板欠了十二个工人两个月工资，上周关机跑路了，厂门也锁了。|中华人民共和国刑法|276|1",
        "修路征收，我家嫌补偿太低一直没签协议，现在施工队天天来催。|国有土地上房屋征收与补偿条例|26|0",
        "我怀孕三个月，公司说我经常请假，直接把我辞退了。|女职工劳动保护特别规定|5|0",
        "施工队在小区门口挖管沟没设围挡，我父亲晚上摔进沟里把手摔断了。|中华人民共和国民法典|1258|0",
        "借给同事三千块，他说已经当面还了一千现金，我根本没收到。|最高人民法院关于审理民间借贷案件适用法律若干问题的规定|15|0",
        "饭馆老板招了个14岁的孩子在后厨干活，切菜时把手切伤了，老板不肯出医药费。|禁止使用童工规定|10|0",
        "离婚后前妻不让我见儿子，我就停了抚养费，她说要告我。|中华人民共和国民法典|1086|0",
        "老爸去世留下村里的房子，两个哥哥说嫁出去的女儿没有份。|中华人民共和国民法典|1126|0",
        "城中村公寓电费收一块五一度，比供电局贵一倍，租客要求退还多收的电费。|中华人民共和国价格法|41|0",
        "老公网赌把家里的存款输光了，还欠了网贷，老婆要离婚。|中华人民共和国民法典|1092|0",
        "朋友借了五万块，我当担保人在借条上签了字，两年后债主才来找我还钱。|中华人民共和国民法典|692|0",
        "老人去世后，一直照顾他的丧偶儿媳被小姑子说是外人不能分遗产。|中华人民共和国民法典|1129|0",
        "继父把我养大，现在他中风了，我说他又不是亲爹凭什么养他。|中华人民共和国民法典|1072|0",
        "燃气公司在巷子里挖沟埋管，完工后一直没恢复路面，下雨全是泥。|城市道路管理条例|35|0",
        "老公瞒着我在直播间打赏女主播，半年花了五万多，都是家里的积蓄。|最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（二）|6|0",
        "我下班路上骑电动车被一辆小车撞了，对方全责，厂里说路上出事不算工伤。|最高人民法院关于审理工伤保险行政案件若干问题的规定|6|0",
        "分手后前男友把我的私密照片发到工友群里，我现在不敢出门。|中华人民共和国妇女权益保障法|29|0"
      })
  void theSubIssueBringsItsArticle(String narrative, String law, int article, int suffix) {
    List<CitedArticle> cited = builder.build(narrative).articles();
    assertTrue(
        cited.stream()
            .anyMatch(
                c ->
                    c.article().law().equals(law)
                        && c.article().number().number() == article
                        && c.article().number().suffix() == suffix),
        () ->
            law
                + article
                + " not in "
                + cited.stream().map(c -> c.article().law() + c.article().number()).toList());
  }
}
