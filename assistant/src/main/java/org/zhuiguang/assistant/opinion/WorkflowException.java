package org.zhuiguang.assistant.opinion;

/** A draft action refused by {@link DraftWorkflow}: by role or authorship, or by status. */
public final class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why: the caller may not act (403), or the status does not allow it (409). */
  public enum Kind {
    FORBIDDEN,
    CONFLICT
  }

  private final Kind kind;

  public WorkflowException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
