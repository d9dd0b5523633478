package org.zhuiguang.assistant.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftWorkflowTest {

  private final DraftWorkflow workflow = new DraftWorkflow();
  private static final Set<String> AUTHORS = Set.of("worker1");

  private DraftStatus act(DraftStatus from, DraftAction action, String user, Role role) {
    return workflow.next(from, action, user, EnumSet.of(role), AUTHORS);
  }

  @Test
  void fullCycleWithRejectionAndResubmission() {
    DraftStatus s = DraftStatus.DRAFT;
    s = act(s, DraftAction.EDIT, "worker1", Role.WORKER);
    s = act(s, DraftAction.SUBMIT, "worker1", Role.WORKER);
    assertEquals(DraftStatus.IN_REVIEW, s);
    s = act(s, DraftAction.REJECT, "advisor1", Role.ADVISOR);
    assertEquals(DraftStatus.REJECTED, s);
    s = act(s, DraftAction.EDIT, "worker1", Role.WORKER);
    assertEquals(DraftStatus.DRAFT, s);
    s = act(s, DraftAction.SUBMIT, "worker1", Role.WORKER);
    s = act(s, DraftAction.COMMENT, "advisor1", Role.ADVISOR);
    assertEquals(DraftStatus.IN_REVIEW, s);
    assertEquals(DraftStatus.APPROVED, act(s, DraftAction.APPROVE, "advisor1", Role.ADVISOR));
  }

  @ParameterizedTest(name = "{1} from {0} is a conflict")
  @CsvSource({
    "DRAFT, APPROVE",
    "DRAFT, REJECT",
    "IN_REVIEW, EDIT",
    "IN_REVIEW, SUBMIT",
    "APPROVED, EDIT",
    "APPROVED, SUBMIT",
    "APPROVED, APPROVE",
    "APPROVED, REJECT",
    "REJECTED, APPROVE",
    "REJECTED, SUBMIT"
  })
  void transitionsTheStatusDoesNotAllow(DraftStatus from, DraftAction action) {
    Role role =
        action == DraftAction.APPROVE || action == DraftAction.REJECT ? Role.ADVISOR : Role.WORKER;
    WorkflowException e =
        assertThrows(WorkflowException.class, () -> act(from, action, "advisor1", role));
    assertEquals(WorkflowException.Kind.CONFLICT, e.kind());
  }

  @ParameterizedTest(name = "{0} may not {1}")
  @CsvSource({
    "WORKER, APPROVE",
    "MEDIATOR, REJECT",
    "MAINTAINER, EDIT",
    "MAINTAINER, APPROVE",
    "AUDITOR, COMMENT",
    "AUDITOR, SUBMIT"
  })
  void rolesThatMayNotAct(Role role, DraftAction action) {
    WorkflowException e =
        assertThrows(
            WorkflowException.class, () -> act(DraftStatus.IN_REVIEW, action, "someone", role));
    assertEquals(WorkflowException.Kind.FORBIDDEN, e.kind());
  }

  @Test
  void anAdvisorCannotApproveOrRejectTheirOwnDraft() {
    for (DraftAction a : new DraftAction[] {DraftAction.APPROVE, DraftAction.REJECT}) {
      WorkflowException e =
          assertThrows(
              WorkflowException.class,
              () ->
                  workflow.next(
                      DraftStatus.IN_REVIEW,
                      a,
                      "advisor1",
                      EnumSet.of(Role.ADVISOR),
                      Set.of("worker1", "advisor1")));
      assertEquals(WorkflowException.Kind.FORBIDDEN, e.kind());
    }
  }
}
