package org.zhuiguang.assistant.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

  @Test
  void masksValidatedPersonalDataAndRestoresIt() {
    PersonalDataMasker m = new PersonalDataMasker();
    String text =
        "张三电话13812345678，又打13812345678，身份证11010519491231002X，卡号4111111111111111"
            + "，邮箱zhang@example.com；合同编号123456789012345678，欠款50000元，第288条。";
    String masked = m.mask(text);
    assertEquals(
        "张三电话[手机1]，又打[手机1]，身份证[身份证1]，卡号[银行卡1]" + "，邮箱[邮箱1]；合同编号123456789012345678，欠款50000元，第288条。",
        masked);
    assertFalse(masked.contains("13812345678"));
    assertEquals(text, m.restore(masked));
  }

  @Test
  void knownValuesAreMaskedLongestFirstAndShareTheCounters() {
    PersonalDataMasker m = new PersonalDataMasker();
    assertEquals("[当事人1]", m.known("欧阳明远", "当事人"));
    assertEquals("[当事人2]", m.known("欧阳明", "当事人"));
    assertEquals("[手机1]", m.known("0755-1234567", "手机"));
    assertEquals("", m.known("王", "当事人"));
    String text = "欧阳明远和欧阳明争吵，电话0755-1234567或13812345678，王某在场。";
    String masked = m.mask(text);
    assertEquals("[当事人1]和[当事人2]争吵，电话[手机1]或[手机2]，王某在场。", masked);
    assertEquals(text, m.restore(masked));
  }

  @Test
  void checksums() {
    assertEquals(true, PersonalDataMasker.validIdNumber("11010519491231002X"));
    assertEquals(false, PersonalDataMasker.validIdNumber("110105194912310021"));
    assertEquals(true, PersonalDataMasker.luhn("4111111111111111"));
    assertEquals(false, PersonalDataMasker.luhn("4111111111111112"));
  }
}
