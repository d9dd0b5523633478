package org.zhuiguang.assistant.opinion;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The draft state machine: draft -> in review -> approved or rejected; a rejected draft is revised
 * (back to draft) and submitted again; an approved draft is final. Who may act: workers, mediators
 * and advisors edit, submit and comment; only an advisor who authored no version of the draft
 * approves or rejects. Checks run in order role, authorship, status, so a caller who may not act
 * learns nothing of the status.
 */
public final class DraftWorkflow {

  private static final Set<Role> AUTHORS = EnumSet.of(Role.WORKER, Role.MEDIATOR, Role.ADVISOR);
  private static final Set<Role> REVIEWERS = EnumSet.of(Role.ADVISOR);

  private static final Map<DraftAction, Set<DraftStatus>> FROM =
      Map.of(
          DraftAction.EDIT, EnumSet.of(DraftStatus.DRAFT, DraftStatus.REJECTED),
          DraftAction.SUBMIT, EnumSet.of(DraftStatus.DRAFT),
          DraftAction.COMMENT, EnumSet.allOf(DraftStatus.class),
          DraftAction.APPROVE, EnumSet.of(DraftStatus.IN_REVIEW),
          DraftAction.REJECT, EnumSet.of(DraftStatus.IN_REVIEW));

  /** The roles that may take an action at all. */
  public static Set<Role> rolesFor(DraftAction action) {
    return switch (action) {
      case APPROVE, REJECT -> REVIEWERS;
      case EDIT, SUBMIT, COMMENT -> AUTHORS;
    };
  }

  /**
   * The status after {@code action}, or a {@link WorkflowException}.
   *
   * @param status the draft's status now
   * @param action what the caller asks for
   * @param user the caller
   * @param roles the caller's roles
   * @param authors every user who authored a version of the draft (the requester included)
   */
  public DraftStatus next(
      DraftStatus status, DraftAction action, String user, Set<Role> roles, Set<String> authors) {
    Objects.requireNonNull(status, "status");
    if (roles.stream().noneMatch(rolesFor(action)::contains)) {
      throw new WorkflowException(
          WorkflowException.Kind.FORBIDDEN, "your role may not " + verb(action) + " drafts");
    }
    if (REVIEWERS.equals(rolesFor(action)) && authors.contains(user)) {
      throw new WorkflowException(
          WorkflowException.Kind.FORBIDDEN, "an advisor may not review a draft they wrote");
    }
    if (!FROM.get(action).contains(status)) {
      throw new WorkflowException(
          WorkflowException.Kind.CONFLICT,
          "a draft that is " + status.key() + " cannot be " + past(action));
    }
    return switch (action) {
      case EDIT -> DraftStatus.DRAFT;
      case SUBMIT -> DraftStatus.IN_REVIEW;
      case COMMENT -> status;
      case APPROVE -> DraftStatus.APPROVED;
      case REJECT -> DraftStatus.REJECTED;
    };
  }

  private static String verb(DraftAction action) {
    return switch (action) {
      case EDIT -> "edit";
      case SUBMIT -> "submit";
      case COMMENT -> "comment on";
      case APPROVE -> "approve";
      case REJECT -> "reject";
    };
  }

  private static String past(DraftAction action) {
    return switch (action) {
      case EDIT -> "edited";
      case SUBMIT -> "submitted";
      case COMMENT -> "commented on";
      case APPROVE -> "approved";
      case REJECT -> "rejected";
    };
  }
}
