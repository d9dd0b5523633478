package org.zhuiguang.assistant.plan.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.zhuiguang.assistant.plan.law.CitedArticle;
import org.zhuiguang.assistant.plan.law.Stance;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;

/**
 * The sandbox simulation (沙盘推演): for each side, its position, interests, legal standing and likely
 * moves if mediation fails.
 */
public final class SandboxSimulator {

  public List<PartyView> simulate(
      NarrativeAnalysis analysis, Playbook playbook, List<CitedArticle> cited) {
    List<PartyView> out = new ArrayList<>();
    out.add(view(analysis, playbook.claimant(), cited, Stance.CLAIMANT, Stance.RESPONDENT));
    out.add(view(analysis, playbook.respondent(), cited, Stance.RESPONDENT, Stance.CLAIMANT));
    return out;
  }

  private static PartyView view(
      NarrativeAnalysis a, RolePlay role, List<CitedArticle> cited, Stance own, Stance other) {
    List<CitedArticle> pro = cited.stream().filter(c -> c.stance() == own).toList();
    List<CitedArticle> contra = cited.stream().filter(c -> c.stance() == other).toList();
    return new PartyView(
        role.label(), name(a, role), role.position(), role.interests(), pro, contra, role.moves());
  }

  /** The first named person the narrative puts right after one of the side's cue words. */
  private static String name(NarrativeAnalysis a, RolePlay role) {
    String text = a.narrative();
    for (String cue : role.cues()) {
      int at = text.indexOf(cue);
      while (at >= 0) {
        int from = at + cue.length();
        String after = text.substring(from, Math.min(text.length(), from + 6));
        for (String name : a.names()) {
          if (after.startsWith(name) || after.startsWith("的" + name)) {
            return name;
          }
        }
        at = text.indexOf(cue, from);
      }
    }
    return "";
  }
}
