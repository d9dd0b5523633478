package org.zhuiguang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "1, 一",
    "10, 十",
    "12, 十二",
    "20, 二十",
    "101, 一百零一",
    "110, 一百一十",
    "133, 一百三十三",
    "288, 二百八十八",
    "1000, 一千",
    "1001, 一千零一",
    "1010, 一千零一十",
    "1060, 一千零六十",
    "1260, 一千二百六十",
    "10000, 一万",
    "10086, 一万零八十六",
    "35000, 三万五千"
  })
  void writesAndReadsBack(int value, String chinese) {
    assertEquals(chinese, ChineseNumerals.toChinese(value));
    assertEquals(OptionalInt.of(value), ChineseNumerals.parse(chinese));
  }

  @ParameterizedTest
  @CsvSource({"288, 288", "１３３, 133", "〇, -1", "两百, 200", "一十二, 12", "二百〇一, 201"})
  void readsOtherForms(String text, int expected) {
    OptionalInt parsed = ChineseNumerals.parse(text);
    if (expected < 0) {
      assertTrue(parsed.isEmpty());
    } else {
      assertEquals(OptionalInt.of(expected), parsed);
    }
  }

  @Test
  void rejectsWhatIsNotANumeral() {
    assertTrue(ChineseNumerals.parse("").isEmpty());
    assertTrue(ChineseNumerals.parse("条").isEmpty());
    assertTrue(ChineseNumerals.parse("一二").isEmpty());
    assertTrue(ChineseNumerals.parse("百百").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.toChinese(0));
  }

  @Test
  void roundTripsEveryArticleNumberAStatuteUses() {
    for (int i = 1; i <= 3000; i++) {
      assertEquals(OptionalInt.of(i), ChineseNumerals.parse(ChineseNumerals.toChinese(i)), "" + i);
    }
  }

  @Test
  void articleNumberWritesItsSuffix() {
    assertEquals("第一百三十三条之一", ArticleNumber.of(133, 1).toChinese());
    assertEquals("288|0", ArticleNumber.of(288).toKey());
  }
}
