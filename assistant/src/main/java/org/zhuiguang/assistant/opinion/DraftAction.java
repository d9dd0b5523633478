package org.zhuiguang.assistant.opinion;

import java.util.Locale;

/** What can be done to a draft. */
public enum DraftAction {
  /** Save a new version of the body. */
  EDIT,
  /** Send it to the advisors. */
  SUBMIT,
  /** Add a comment; the status stays. */
  COMMENT,
  APPROVE,
  REJECT;

  /** The name in the audit trail: {@code draft.approve} ... */
  public String auditName() {
    return "draft." + name().toLowerCase(Locale.ROOT);
  }
}
