package org.zhuiguang.assistant.plan.understanding;

import java.util.List;
import org.zhuiguang.assistant.plan.DisputeType;

/**
 * How strongly a narrative reads as one dispute type.
 *
 * @param type the type
 * @param score the sum of the weights of the cues found
 * @param cues the cues found, as written in the narrative
 */
public record TypeScore(DisputeType type, int score, List<String> cues) {

  public TypeScore {
    cues = List.copyOf(cues);
  }
}
