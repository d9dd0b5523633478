package org.zhuiguang.corpus;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rank of a statute in the Chinese legal hierarchy, with the label the corpus and users use.
 */
public enum LawLevel {
  CONSTITUTION("宪法"),
  LAW("法律"),
  ADMINISTRATIVE_REGULATION("行政法规"),
  JUDICIAL_INTERPRETATION("司法解释"),
  DEPARTMENTAL_RULE("部门规章"),
  LOCAL_REGULATION("地方性法规");

  private final String label;

  LawLevel(String label) {
    this.label = label;
  }

  /** The Chinese label, e.g. 行政法规. */
  public String label() {
    return label;
  }

  /** Finds a level by its Chinese label or its enum name. */
  public static Optional<LawLevel> fromLabel(String text) {
    return Arrays.stream(values())
        .filter(level -> level.label.equals(text) || level.name().equals(text))
        .findFirst();
  }
}
