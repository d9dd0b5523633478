package org.zhuiguang.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class StatuteAnalyzerTest {

  private final Analyzer analyzer = new StatuteAnalyzer();

  /** Terms with start/end offsets and position increments, as {@code term(start,end,+inc)}. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("contents", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + "("
                + offset.startOffset()
                + ","
                + offset.endOffset()
                + ",+"
                + inc.getPositionIncrement()
                + ")");
      }
      ts.end();
    }
    return out;
  }

  private void assertTokens(String text, String... expected) throws IOException {
    assertArrayEquals(expected, tokens(analyzer, text).toArray(String[]::new), text);
  }

  @Test
  void articleNumberBecomesUnigramsAndBigrams() throws IOException {
    assertTokens(
        "第十二条",
        "第(0,1,+1)",
        "第十(0,2,+0)",
        "十(1,2,+1)",
        "十二(1,3,+0)",
        "二(2,3,+1)",
        "二条(2,4,+0)",
        "条(3,4,+1)");
  }

  @Test
  void insertedArticleKeepsItsSuffix() throws IOException {
    assertTokens(
        "第八十二条之一",
        "第(0,1,+1)",
        "第八(0,2,+0)",
        "八(1,2,+1)",
        "八十(1,3,+0)",
        "十(2,3,+1)",
        "十二(2,4,+0)",
        "二(3,4,+1)",
        "二条(3,5,+0)",
        "条(4,5,+1)",
        "条之(4,6,+0)",
        "之(5,6,+1)",
        "之一(5,7,+0)",
        "一(6,7,+1)");
  }

  @Test
  void titleMarksAreDroppedAndOffsetsPointInside() throws IOException {
    assertTokens("《民法典》", "民(1,2,+1)", "民法(1,3,+0)", "法(2,3,+1)", "法典(2,4,+0)", "典(3,4,+1)");
  }

  @Test
  void fullWidthDigitsAreFoldedWithOriginalOffsets() throws IOException {
    assertTokens("第１２条", "第(0,1,+1)", "12(1,3,+1)", "条(3,4,+1)");
    assertEquals(tokens(analyzer, "第12条"), tokens(analyzer, "第１２条"));
  }

  @Test
  void mixedLatinIsLowerCasedAndFullWidthFolded() throws IOException {
    assertTokens(
        "ＡＰＰ用户Wi-Fi",
        "app(0,3,+1)",
        "用(3,4,+1)",
        "用户(3,5,+0)",
        "户(4,5,+1)",
        "wi(5,7,+1)",
        "fi(8,10,+1)");
  }

  @Test
  void ideographicSpaceBreaksBigrams() throws IOException {
    assertTokens(
        "依照　本法", "依(0,1,+1)", "依照(0,2,+0)", "照(1,2,+1)", "本(3,4,+1)", "本法(3,5,+0)", "法(4,5,+1)");
  }

  @Test
  void supplementaryCharactersKeepBothChars() throws IOException {
    assertTokens("𠀀法", "𠀀(0,2,+1)", "𠀀法(0,3,+0)", "法(2,3,+1)");
  }

  @Test
  void otherSchemes() throws IOException {
    try (Analyzer unigrams = new StatuteAnalyzer(StatuteAnalyzer.Scheme.UNIGRAM);
        Analyzer bigrams = new StatuteAnalyzer(StatuteAnalyzer.Scheme.BIGRAM)) {
      assertEquals(List.of("民(0,1,+1)", "法(1,2,+1)", "典(2,3,+1)"), tokens(unigrams, "民法典"));
      assertEquals(List.of("民法(0,2,+1)", "法典(1,3,+1)"), tokens(bigrams, "民法典"));
      assertEquals("cjk-bigram-unigram", new StatuteAnalyzer().label());
    }
  }

  @Test
  void longAndRandomTextsGiveValidOffsets() throws IOException {
    Random random = new Random(20250401L);
    String alphabet = "第条款项之一二三十百千零〇１２３456ａｂｃABC法律民事《》（）、，。；：　 \n\t\u200b\u202e";
    for (int round = 0; round < 200; round++) {
      int length = round == 0 ? 100_000 : random.nextInt(200);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try (TokenStream ts = analyzer.tokenStream("contents", text.toString())) {
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        int lastStart = 0;
        boolean first = true;
        while (ts.incrementToken()) {
          assertTrue(offset.startOffset() >= lastStart, "offsets go forward");
          assertTrue(offset.endOffset() <= text.length(), "offsets stay inside");
          assertTrue(offset.startOffset() < offset.endOffset());
          assertTrue(first ? inc.getPositionIncrement() >= 1 : inc.getPositionIncrement() >= 0);
          lastStart = offset.startOffset();
          first = false;
        }
        ts.end();
      }
    }
  }
}
