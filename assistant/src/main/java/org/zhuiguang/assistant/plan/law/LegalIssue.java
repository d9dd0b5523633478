package org.zhuiguang.assistant.plan.law;

import java.util.List;
import java.util.Set;

/**
 * A legal issue a dispute raises and the articles that govern it.
 *
 * @param id a name for it
 * @param issue the issue in words
 * @param facets the facets that raise it (any); empty when every dispute of the type raises it
 * @param unless facets that make it beside the point (any)
 * @param signals risk signals that must also be present (any); empty for none
 * @param stance whose position it supports
 * @param refs the articles
 */
public record LegalIssue(
    String id,
    String issue,
    Set<String> facets,
    Set<String> unless,
    Set<String> signals,
    Stance stance,
    List<StatuteReference> refs) {

  public LegalIssue {
    facets = Set.copyOf(facets);
    unless = Set.copyOf(unless);
    signals = Set.copyOf(signals);
    refs = List.copyOf(refs);
  }
}
