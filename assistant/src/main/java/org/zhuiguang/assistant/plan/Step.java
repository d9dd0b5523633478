package org.zhuiguang.assistant.plan;

import java.util.List;

/**
 * One mediation step.
 *
 * @param order its place, from 1
 * @param who who does it
 * @param when by when
 * @param what what is done
 * @param evidence what evidence to fix at this step (may be empty)
 */
public record Step(int order, String who, String when, String what, List<String> evidence) {

  public Step {
    evidence = List.copyOf(evidence);
  }
}
