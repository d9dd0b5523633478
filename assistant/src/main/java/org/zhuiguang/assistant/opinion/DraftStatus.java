package org.zhuiguang.assistant.opinion;

import java.util.Optional;

/** Where a draft stands; only the server sets it, through {@link DraftWorkflow}. */
public enum DraftStatus {
  DRAFT("draft"),
  IN_REVIEW("in_review"),
  APPROVED("approved"),
  REJECTED("rejected");

  private final String key;

  DraftStatus(String key) {
    this.key = key;
  }

  /** The name in the API and the database. */
  public String key() {
    return key;
  }

  public static Optional<DraftStatus> of(String key) {
    for (DraftStatus s : values()) {
      if (s.key.equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
