package org.zhuiguang.indexer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;

/** A small invented statute corpus: four laws, one with two versions, one local to 上海. */
public final class FixtureCorpus {

  public static final String NEIGHBOURS = "示范相邻关系法";
  public static final String WAGES = "示范工资支付条例";
  public static final String GUANGDONG = "广东省示范物业管理条例";
  public static final String SHANGHAI = "上海市示范物业管理条例";

  private FixtureCorpus() {}

  /** Documents indexed: 3 + 4 (two versions of NEIGHBOURS) + 3 + 2 + 2. */
  public static final int DOCUMENTS = 14;

  /** Articles of the versions in force. */
  public static final int IN_FORCE = 11;

  public static Corpus corpus() {
    return new Corpus(laws(false));
  }

  /** The corpus with one article of {@link #WAGES} reworded. */
  public static Corpus corpusWithChangedWages() {
    return new Corpus(laws(true));
  }

  static List<Law> laws(boolean changedWages) {
    List<Law> laws = new ArrayList<>();
    LawVersion oldNeighbours =
        version(
            NEIGHBOURS,
            LawLevel.LAW,
            null,
            "2010-03-01",
            article(1, 0, "第一章 总则", "为了规范相邻关系，维护邻里和睦，制定本法。"),
            article(2, 0, "第二章 通行", "相邻一方因通行确需利用相邻土地的，另一方应当提供必要的便利。"),
            article(3, 0, "第二章 通行", "盖房的一方不得挡住相邻房屋的通风、采光和日照。"));
    LawVersion newNeighbours =
        version(
            NEIGHBOURS,
            LawLevel.LAW,
            null,
            "2021-01-01",
            article(1, 0, "第一章 总则", "为了规范相邻关系，促进邻里互助，制定本法。"),
            article(2, 0, "第二章 通行", "相邻一方因通行确需利用相邻土地的，另一方应当提供必要的便利。"),
            article(2, 1, "第二章 通行", "饲养宠物的，应当避免噪声和气味影响邻居的正常生活。"),
            article(3, 0, "第二章 通行", "盖房的一方不得挡住相邻房屋的通风、采光和日照；造成损害的，应当赔偿。"));
    laws.add(law(oldNeighbours, newNeighbours));
    laws.add(
        law(
            version(
                WAGES,
                LawLevel.ADMINISTRATIVE_REGULATION,
                null,
                "2019-05-01",
                article(1, 0, "第一章 总则", "为了保障劳动者按时足额获得工资，制定本条例。"),
                article(
                    12,
                    0,
                    "第二章 工资支付",
                    changedWages ? "用人单位不得克扣或者无故拖欠劳动者工资；拖欠的，应当在三日内支付。" : "用人单位不得克扣或者无故拖欠劳动者工资。"),
                article(13, 0, "第二章 工资支付", "农民工工资应当以货币形式按月足额支付，不得以实物或者有价证券代替。"))));
    laws.add(
        law(
            version(
                GUANGDONG,
                LawLevel.LOCAL_REGULATION,
                "广东",
                "2022-07-01",
                article(1, 0, "第一章 总则", "为了规范本省物业管理活动，制定本条例。"),
                article(20, 0, "第三章 物业服务", "物业服务人应当每年公开物业费收支情况，接受业主监督。"))));
    laws.add(
        law(
            version(
                SHANGHAI,
                LawLevel.LOCAL_REGULATION,
                "上海",
                "2022-07-01",
                article(1, 0, "第一章 总则", "为了规范本市物业管理活动，制定本条例。"),
                article(20, 0, "第三章 物业服务", "物业服务人应当每季度公开物业费收支情况，接受业主监督。"))));
    return laws;
  }

  private static Law law(LawVersion... versions) {
    LawVersion first = versions[0];
    return new Law(first.title(), first.level(), first.region(), List.of(versions));
  }

  private static LawVersion version(
      String title, LawLevel level, String region, String date, Article... articles) {
    return new LawVersion(
        title,
        level,
        Optional.ofNullable(region),
        LocalDate.parse(date),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(articles),
        List.of(Path.of(title + ".md")));
  }

  private static Article article(int number, int suffix, String chapter, String text) {
    return new Article(ArticleNumber.of(number, suffix), List.of(chapter), List.of(text));
  }
}
