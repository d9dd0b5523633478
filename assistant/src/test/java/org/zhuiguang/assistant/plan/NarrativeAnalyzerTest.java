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
}
