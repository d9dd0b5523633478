package org.zhuiguang.assistant.plan.sandbox;

import java.util.List;

/**
 * The playbook of one side of a dispute type.
 *
 * @param label who the side is (承租人, 用人单位 ...)
 * @param cues words that name the side in a narrative
 * @param position its usual stated position
 * @param interests its underlying interests
 * @param moves its likely moves if mediation fails
 */
public record RolePlay(
    String label, List<String> cues, String position, List<String> interests, List<Move> moves) {

  public RolePlay {
    cues = List.copyOf(cues);
    interests = List.copyOf(interests);
    moves = List.copyOf(moves);
  }
}
