package org.zhuiguang.assistant.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalyzer;
import org.zhuiguang.assistant.plan.understanding.Signals;

/** Readings of a narrative that general rules must get right, on invented sentences. */
class NarrativeAnalyzerTest {

  private final NarrativeAnalyzer analyzer = NarrativeAnalyzer.withDefaults();

  @Test
  void waterSeepingIntoTheFlatBelowIsANeighbourDisputeEvenBetweenTenants() {
    NarrativeAnalysis a = analyzer.analyze("八楼租客家的洗衣机管子松了，水顺着楼板渗到七楼的天花板，七楼房东要求赔偿刷墙的钱。");
    assertEquals(DisputeType.NEIGHBOUR, a.type(), a.typeScores().toString());
  }

  @Test
  void householdsActingTogetherCountAsAGroup() {
    NarrativeAnalysis joint = analyzer.analyze("停车场的事，楼里十几户联名写信要求物业公司整改。");
    assertTrue(joint.groupSize() >= 10, joint.people().toString());
    NarrativeAnalysis bystanders = analyzer.analyze("这栋楼住着三十户，只有两家在为晾衣服的事吵。");
    assertTrue(bystanders.groupSize() < 10, bystanders.people().toString());
  }

  @Test
  void somethingHalfFallenOverAPathIsAPresentDanger() {
    assertTrue(analyzer.analyze("昨晚大风把招牌吹歪了，一角还挂着没掉，下面就是上学的路。").has(Signals.DANGER));
    assertFalse(analyzer.analyze("昨晚大风把招牌吹掉了，已经清理干净，没有人受伤。").has(Signals.DANGER));
  }

  @Test
  void aRoadAccidentOnTheWayToWorkArguedAsAWorkInjuryIsOne() {
    NarrativeAnalysis a = analyzer.analyze("小王早上骑车去上班，在路口被一辆货车撞了，腿骨折。交警认定货车全责，公司说这不归厂里管，不给报工伤。");
    assertEquals(DisputeType.WORK_INJURY, a.type(), a.typeScores().toString());
  }

  @Test
  void aParentAskingAChildForMoneyToLiveOnIsASupportDispute() {
    NarrativeAnalysis a = analyzer.analyze("七十岁的老李有高血压，想让女儿每个月给点钱买药，女儿说小时候他没养过自己，一分也不给。");
    assertEquals(DisputeType.SUPPORT, a.type(), a.typeScores().toString());
  }

  @Test
  void theSettingNamedFirstCountsAndAVillageNameOnlyWhenNoneIsNamed() {
    assertEquals(
        java.util.Optional.of("小区"), analyzer.analyze("石岩村旁边一个小区，楼上租客在工业园上班，回来半夜洗衣服吵人。").setting());
    assertEquals(java.util.Optional.of("城中村"), analyzer.analyze("上村一栋出租楼的房东要涨房租。").setting());
  }

  @Test
  void anOpenManholeSomeoneNearlyFellIntoIsAPresentDanger() {
    assertTrue(analyzer.analyze("路口的井盖被车压碎了，昨天一个老人差点一脚踩进去。").has(Signals.DANGER));
    assertFalse(analyzer.analyze("路口的井盖被车压碎了，第二天已经修好换了新的。").has(Signals.DANGER));
  }

  @Test
  void workersSittingAtAGateSoTrucksCannotPassAreAGroupBlockingIt() {
    NarrativeAnalysis a = analyzer.analyze("十五个工人坐在厂区大门口，送货的车开不进去，老板欠了他们两个月工资。");
    assertTrue(a.groupSize() >= 10, a.people().toString());
    assertTrue(a.has(Signals.EXTREME), a.signals().toString());
  }

  @Test
  void sittingOnARailingSayingSheWillNotLiveOnIsASelfHarmThreat() {
    assertTrue(analyzer.analyze("她跟老公吵完架，抱着孩子坐在天台的护栏上，说不活了。").has(Signals.SELF_HARM));
    assertFalse(analyzer.analyze("她跟老公吵完架，抱着孩子在天台晾衣服。").has(Signals.SELF_HARM));
  }

  @Test
  void tenantsSigningTogetherInAChatGroupAreAGroupButTheGroupsMembersAreNot() {
    assertTrue(analyzer.analyze("这周十几户租客在群里联名，要求房东退还多收的水费。").groupSize() >= 10);
    assertTrue(analyzer.analyze("房东在两百多人的租户群里发了一条涨租通知，我不同意。").groupSize() < 10);
  }

  @Test
  void heirsDisputingAHouseHaveMoreThanAHundredThousandYuanAtStake() {
    var grader = new org.zhuiguang.assistant.plan.risk.RiskGrader();
    NarrativeAnalysis house = analyzer.analyze("老人去世后留下村里一栋四层的农民房，三个子女为怎么分吵了半年。");
    assertEquals(DisputeType.INHERITANCE, house.type(), house.typeScores().toString());
    assertEquals("重大", grader.grade(house).level().label());
    NarrativeAnalysis rented = analyzer.analyze("老人生前租房住，去世后留下两千块存款，姐弟俩为怎么分吵了起来。");
    assertEquals("一般", grader.grade(rented).level().label());
  }

  @Test
  void aSumToBeMadeUpIsClaimedWithoutAUnit() {
    assertEquals(36_000, analyzer.analyze("征收没算我家小卖部的停业损失，我按账本算了一下，至少该补三万六。").claimedYuan());
  }

  @Test
  void aDoorbellCameraFilmingIntoAHomeIsAPrivacyDispute() {
    NarrativeAnalysis a = analyzer.analyze("对门新装的可视门铃正对着我家门口，一开门屋里都被拍进去，物业说管不了。");
    assertEquals(DisputeType.PRIVACY_REPUTATION, a.type(), a.typeScores().toString());
  }

  @Test
  void aChildNamedOnlyByAgeIsAMinorButADogsAgeIsNot() {
    assertTrue(analyzer.analyze("楼上掉下一个花盆，砸伤了五岁的豆豆，缝了三针。").has(Signals.MINOR));
    assertFalse(analyzer.analyze("邻居家那条狗三岁了，天天半夜叫。").has(Signals.MINOR));
  }

  @Test
  void livingAloneMakesAVulnerablePersonOnlyWhenThePersonIsOld() {
    assertFalse(analyzer.analyze("三十岁的小陈一个人住，对门的摄像头正对他家门。").has(Signals.ELDERLY_ALONE));
    assertTrue(analyzer.analyze("八十岁的阿婆一个人住，楼上天天漏水。").has(Signals.ELDERLY_ALONE));
  }

  @Test
  void aSumNamedAfterTheMultipleIsAlreadyTheClaim() {
    assertEquals(3_000, analyzer.analyze("饭店的菜吃坏了肚子，饭钱三百元，他要求按十倍赔三千。").claimedYuan());
    assertEquals(12_800, analyzer.analyze("手机是翻新机，花了三千二百元，他要退一赔三。").claimedYuan());
  }

  @Test
  void aGrownWorkersAgeIsNotAChildsAge() {
    NarrativeAnalysis a = analyzer.analyze("四十八岁的老谭上夜班时在仓库突然倒地，没抢救过来，家属要厂里按工亡赔偿。");
    assertFalse(a.hasFacet("wi_child_labour"), a.facets().toString());
  }

  @Test
  void aFlatNumberIsNotACrowd() {
    assertTrue(analyzer.analyze("1502的业主不让物业进门检查，两家吵起来了。").groupSize() < 10);
    assertTrue(analyzer.analyze("四十多个业主站在道闸前吵起来，不让车进出。").groupSize() >= 10);
  }

  @Test
  void squareDancersAndResidentsPushingEachOtherAreAGroupNoiseDispute() {
    NarrativeAnalysis a = analyzer.analyze("小区广场每晚有三十多个阿姨跳广场舞，音箱很大声，昨晚十几个住户下楼理论，双方推搡起来，有人被推倒。");
    assertEquals(DisputeType.NOISE, a.type(), a.typeScores().toString());
    assertTrue(a.groupSize() >= 10, a.people().toString());
  }

  @Test
  void theSubjectOfTheDisputeOutweighsWhoIsMentioned() {
    assertEquals(
        DisputeType.NOISE, analyzer.analyze("小区对门养的狗白天关在家里从早叫到晚，我上夜班没睡过整觉，物业说管不了。").type());
    assertEquals(
        DisputeType.NEIGHBOUR, analyzer.analyze("隔壁翻修门口把屋后的排水沟填平了，一下雨我家一楼就进水，股份公司调过一次没用。").type());
    assertEquals(DisputeType.WAGES, analyzer.analyze("试用期干了半个月辞职，老板说没干满试用期，工资一分钱没有。").type());
    assertEquals(DisputeType.CONSUMER, analyzer.analyze("美发店突然关门，三十多个会员卡里还有余额，房东说老板欠了房租。").type());
  }

  @Test
  void livingAloneAtTwentyIsNotAnOldPersonAloneEvenWithAnOldNeighbour() {
    assertFalse(
        analyzer.analyze("住701的是个二十多岁的女孩，一个人住。对门的阿伯装了个门铃摄像头对着她家门。").has(Signals.ELDERLY_ALONE));
  }

  @Test
  void mediatingTwiceWithoutResultIsRepeatedFailedMediation() {
    assertTrue(analyzer.analyze("社区已经调过两次，他当面答应修，过后一直不动。").has(Signals.REPEATED));
  }

  @Test
  void whoTheDisputeIsWithDecidesTheType() {
    assertEquals(
        DisputeType.TRAFFIC, analyzer.analyze("她早上骑电动车去上班，一辆泥头车右转刮倒了她，司机开车驶离，她要找司机赔。").type());
    assertEquals(
        DisputeType.CONSUMER, analyzer.analyze("车行说包上牌，卖给二十多个人的电动车都是超标车，上不了牌，大家要退车。").type());
    assertEquals(
        DisputeType.PRIVACY_REPUTATION, analyzer.analyze("房东老婆在租户群里说我是做小姐的，好多人转发，我根本不敢出门。").type());
    assertEquals(
        DisputeType.MARRIAGE_FAMILY, analyzer.analyze("离婚后房子判给了我，前夫赖着不走，还说要把房子烧了。").type());
    assertEquals(DisputeType.NEIGHBOUR, analyzer.analyze("楼下的老人捡废品，楼道里堆满了纸皮，邻居嫌臭要扔掉。").type());
  }

  @Test
  void moneyAndThreatsSaidInOtherWords() {
    assertTrue(analyzer.analyze("评估价比周边二手房低，算下来差了八十多万。").claimedYuan() >= 800_000);
    assertTrue(analyzer.analyze("他们放话三天内不拿钱，就打断那小子的腿。").has(Signals.VIOLENCE));
    assertTrue(analyzer.analyze("79岁的陈婆婆自己住一套两房，儿子拿走了她的存折。").has(Signals.ELDERLY_ALONE));
  }
}
