package org.zhuiguang.indexer.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model's truncation: passages at 256 tokens, queries at 512. */
class BgeEncoderTest {

  static BgeEncoder encoder;

  /** 300 characters, one token each (common characters of the vocabulary). */
  static final String LONG = "当事人应当依照本法规定履行义务".repeat(20);

  /** The characters that fit in 256 tokens with [CLS] and [SEP]. */
  static final String KEPT = LONG.substring(0, BgeEncoder.MAX_PASSAGE_TOKENS - 2);

  @BeforeAll
  static void load() {
    encoder = new BgeEncoder(1, 4, false);
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void aLongPassageIsEmbeddedAsItsFirst256Tokens() {
    assertArrayEquals(
        encoder.encodePassages(List.of(KEPT)).get(0), encoder.encodePassages(List.of(LONG)).get(0));
    float[] longer = encoder.encodePassages(List.of(LONG.substring(0, KEPT.length() + 1))).get(0);
    assertArrayEquals(encoder.encodePassages(List.of(KEPT)).get(0), longer);
  }

  @Test
  void aLongQueryKeepsUpTo512Tokens() {
    assertFalse(Arrays.equals(encoder.encodeQuery(KEPT), encoder.encodeQuery(LONG)));
  }
}
