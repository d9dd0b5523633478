package org.zhuiguang.eval.regression;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;

/**
 * A deterministic slice of the corpus for small regressions: every law the questions' gold points
 * to, plus a fixed number of distractor laws, those whose titles have the lowest SHA-256 among the
 * rest. No law is picked by hand, and the slice changes only when the corpus or the questions do.
 */
public final class CorpusSlice {

  private CorpusSlice() {}

  public static Corpus of(Corpus corpus, Set<String> goldLaws, int distractors) {
    List<Law> kept = new ArrayList<>();
    List<Law> others = new ArrayList<>();
    for (Law law : corpus.laws()) {
      (goldLaws.contains(law.title()) ? kept : others).add(law);
    }
    others.stream()
        .sorted(Comparator.comparing((Law l) -> sha256(l.title())).thenComparing(Law::title))
        .limit(Math.max(0, distractors))
        .forEach(kept::add);
    return new Corpus(kept.stream().sorted(Comparator.comparing(Law::title)).toList());
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
