package org.zhuiguang.eval.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhuiguang.eval.TinyCorpus;
import org.zhuiguang.eval.input.EvalQuery;
import org.zhuiguang.eval.input.StatuteRef;

class GoldResolverTest {

  @Test
  void shortNamesResolveToTheCorpusTitleAndUnresolvedGoldStays() throws IOException {
    GoldResolver resolver = new GoldResolver(new CatalogCitationLookup(TinyCorpus.load()));
    EvalQuery q =
        new EvalQuery(
            "q",
            "问题",
            List.of(
                new StatuteRef("民法典", 288, 0),
                new StatuteRef("《中华人民共和国民法典》", 288, 0),
                new StatuteRef("刑法", 133, 1),
                new StatuteRef("民法典", 5000, 0),
                new StatuteRef("不存在的条例", 1, 0)),
            Optional.empty());
    QueryGold gold = resolver.resolve(q);
    assertEquals(
        Set.of("中华人民共和国民法典|288|0", "中华人民共和国刑法|133|1", "中华人民共和国民法典|5000|0", "不存在的条例|1|0"),
        gold.relevant());
    assertEquals(2, gold.unresolved());
  }
}
