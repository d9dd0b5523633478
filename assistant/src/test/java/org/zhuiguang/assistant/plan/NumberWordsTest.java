package org.zhuiguang.assistant.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhuiguang.assistant.plan.understanding.MoneyMention;
import org.zhuiguang.assistant.plan.understanding.NumberWords;
import org.zhuiguang.assistant.plan.understanding.PeopleMention;
import org.zhuiguang.assistant.plan.understanding.Quantities;

class NumberWordsTest {

  @ParameterizedTest
  @CsvSource({
    "三万五千, 35000",
    "三万五, 35000",
    "三万二, 32000",
    "七千二, 7200",
    "一千五, 1500",
    "两千三百多, 2300",
    "十几万, 110000",
    "三万多, 30000",
    "一百二十多万, 1200000",
    "3.5万, 35000",
    "35000, 35000",
    "３５０００, 35000",
    "一百三十三, 133",
    "一万零五百, 10500",
    "几千, 2000",
    "十二万, 120000",
    "一亿五千万, 150000000",
    "三四万, 30000",
    "七八, 7",
    "十七八, 17",
    "二三十, 20",
    "四五, 4"
  })
  void readsSpokenNumbers(String word, long expected) {
    assertEquals(expected, NumberWords.value(word).orElseThrow());
  }

  @Test
  void aRangeOfTwoAdjacentDigitsIsApproximateAndOthersAreNot() {
    assertTrue(NumberWords.isApproximate("七八"));
    assertTrue(NumberWords.isApproximate("三四万"));
    assertTrue(!NumberWords.isApproximate("三万五"));
    assertTrue(NumberWords.value("三五").isEmpty(), "not adjacent: not a range");
    List<PeopleMention> people = Quantities.people("四五户租户一起来社区反映楼下噪音。");
    assertEquals(4, people.get(0).count());
    assertTrue(people.get(0).group());
  }

  @Test
  void aRefundPlusAMultipleClaimsThePriceTimesOnePlusN() {
    String text = "车行卖给他一辆车八万块，他要车行退车还钱，再按三倍赔他。";
    assertEquals(320_000L, Quantities.claimedAmount(text, Quantities.money(text), 0));
    String plain = "车行卖给他一辆车八万块，他要车行退车还钱。";
    assertEquals(80_000L, Quantities.claimedAmount(plain, Quantities.money(plain), 0));
  }

  @Test
  void aShareOfAValuedAssetIsTheClaim() {
    String text = "儿子说房子值一百五十万，他至少要一半。";
    assertEquals(750_000L, Quantities.claimedAmount(text, Quantities.money(text), 0));
    String noShare = "儿子说房子值一百五十万，他不同意卖。";
    assertEquals(0L, Quantities.claimedAmount(noShare, Quantities.money(noShare), 0));
  }

  @Test
  void aYearlyIncomeIsNotAClaim() {
    String text = "物业把空地租出去，一年少说收十几万，业委会要物业公开账目。";
    assertEquals(0L, Quantities.claimedAmount(text, Quantities.money(text), 0));
  }

  @Test
  void findsClaimedSumsAndSkipsOtherNumbers() {
    String text = "房东说要扣一千五百元刷墙，押金一共三千块，他在这里住了两年，楼里有三十多户。";
    List<MoneyMention> money = Quantities.money(text);
    assertEquals(List.of(1500L, 3000L), money.stream().map(MoneyMention::yuan).toList());
  }

  @Test
  void readsColloquialSumsWithoutCurrencyWord() {
    String text = "五个工人的工资拖了两个月，加起来三万二左右。";
    assertEquals(32_000L, Quantities.claimedAmount(text, Quantities.money(text), 5));
  }

  @Test
  void ignoresTheValueOfWhatIsNotDisputed() {
    String text = "这套房子价值三百万元，租客只是要回押金六千元。";
    assertEquals(6_000L, Quantities.claimedAmount(text, Quantities.money(text), 0));
  }

  @Test
  void multipliesSumsPerPerson() {
    String text = "八个装修工人来到社区，说每人被欠了八千块，老板一直拖着。";
    List<PeopleMention> people = Quantities.people(text);
    assertEquals(8, people.get(0).count());
    assertTrue(people.get(0).group());
    assertEquals(64_000L, Quantities.claimedAmount(text, Quantities.money(text), 8));
  }

  @Test
  void countsGroupsButNotBystanders() {
    String text = "厂里三百多号人，别的车间工资都按时发了，只有三十多名工人被欠薪，今天一起来到街道。";
    List<PeopleMention> people = Quantities.people(text);
    assertEquals(2, people.size());
    assertTrue(!people.get(0).group(), "the factory's size is not the group");
    assertEquals(30, people.get(1).count());
    assertTrue(people.get(1).group());
  }

  @Test
  void aHouseholdIsNotAGroupAndAnAgeIsNotACount() {
    String text = "一家三口住在这里，八十多岁的老人腿脚不便。";
    assertTrue(Quantities.people(text).stream().noneMatch(PeopleMention::group));
    assertTrue(Quantities.people(text).stream().noneMatch(p -> p.count() == 80));
  }

  @Test
  void addsUpMonthlySumsOwed() {
    String text = "前夫按协议每月应给一千五抚养费，但已经八个月没给了。";
    assertEquals(12_000L, Quantities.claimedAmount(text, Quantities.money(text), 0));
  }
}
