package org.zhuiguang.assistant.plan.sandbox;

import java.util.List;
import org.zhuiguang.assistant.plan.law.CitedArticle;

/**
 * One side of the dispute as the sandbox simulation sees it.
 *
 * @param role who the side is
 * @param name the name the narrative gives, when it gives one
 * @param position the stated position
 * @param interests the underlying interests
 * @param articlesFor the cited articles that support the side
 * @param articlesAgainst the cited articles that tell against it
 * @param moves the likely next moves if mediation fails, with their cost
 */
public record PartyView(
    String role,
    String name,
    String position,
    List<String> interests,
    List<CitedArticle> articlesFor,
    List<CitedArticle> articlesAgainst,
    List<Move> moves) {

  public PartyView {
    interests = List.copyOf(interests);
    articlesFor = List.copyOf(articlesFor);
    articlesAgainst = List.copyOf(articlesAgainst);
    moves = List.copyOf(moves);
  }
}
