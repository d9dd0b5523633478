package org.zhuiguang.indexer.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;

/** A generated statute-like corpus, large enough that a build takes a moment. */
final class SyntheticCorpus {

  private static final String CHARS = "当事人应当依照本法规定履行义务合同劳动工资赔偿责任物业邻里噪声纠纷调解";

  private SyntheticCorpus() {}

  /** {@code laws} laws of {@code articles} articles each; the variant changes every text. */
  static Corpus of(int laws, int articles, int variant) {
    Random random = new Random(1000L * laws + articles + 7919L * variant);
    List<Law> list = new ArrayList<>();
    for (int l = 0; l < laws; l++) {
      String title = "合成示范条例" + l;
      List<Article> arts = new ArrayList<>();
      for (int a = 1; a <= articles + variant; a++) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < 60; c++) {
          text.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        arts.add(new Article(ArticleNumber.of(a), List.of("第一章 总则"), List.of(text.toString())));
      }
      LawVersion version =
          new LawVersion(
              title,
              LawLevel.LOCAL_REGULATION,
              Optional.of("广东"),
              LocalDate.of(2020, 1, 1),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              arts,
              List.of(Path.of(title + ".md")));
      list.add(new Law(title, LawLevel.LOCAL_REGULATION, Optional.of("广东"), List.of(version)));
    }
    return new Corpus(list);
  }

  static long documents(Corpus corpus) {
    return corpus.laws().stream().mapToLong(l -> l.inForce().articles().size()).sum();
  }
}
