package org.zhuiguang.assistant.answer;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The character bigrams of a question that carry meaning: punctuation, Latin filler and the most
 * common function characters of Chinese questions (的, 吗, 什么, 怎么 ...) are dropped first. Used to
 * judge which clause of an article answers the question, and whether anything retrieved is relevant
 * at all.
 */
final class QuestionTerms {

  /** Characters of question phrasing that say nothing about the subject. */
  private static final String FILLER = "的了吗呢吧啊么是在有和与及或我你他她它们这那哪些什怎样如何可以能否应该会要该请问";

  private final Set<String> bigrams;

  private QuestionTerms(Set<String> bigrams) {
    this.bigrams = bigrams;
  }

  static QuestionTerms of(String question) {
    Set<String> bigrams = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    question
        .codePoints()
        .forEach(
            cp -> {
              if (Character.isIdeographic(cp) && FILLER.indexOf(cp) < 0) {
                run.appendCodePoint(cp);
              } else {
                addBigrams(run, bigrams);
                run.setLength(0);
              }
            });
    addBigrams(run, bigrams);
    return new QuestionTerms(bigrams);
  }

  private static void addBigrams(CharSequence run, Set<String> out) {
    String s = run.toString();
    int[] cps = s.codePoints().toArray();
    if (cps.length == 1) {
      out.add(new String(cps, 0, 1));
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
  }

  int size() {
    return bigrams.size();
  }

  /** How many of the question's bigrams occur in the text. */
  int matches(String text) {
    int n = 0;
    for (String b : bigrams) {
      if (text.contains(b)) {
        n++;
      }
    }
    return n;
  }
}
