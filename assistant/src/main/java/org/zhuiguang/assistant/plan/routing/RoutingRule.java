package org.zhuiguang.assistant.plan.routing;

import java.util.List;
import java.util.Set;

/**
 * One row of the routing table: when a case matches, add (or remove) departments.
 *
 * <p>Conditions combine with AND across fields and OR within one list; an empty list does not
 * constrain.
 *
 * @param id a name for the row
 * @param types dispute type labels
 * @param facets facet ids (any)
 * @param notFacets facet ids that must all be absent (a finding already made, for instance)
 * @param signals risk signals (any), e.g. 暴力威胁, 未成年人
 * @param notSignals signals that must all be absent
 * @param levels risk levels (一般, 较大, 重大)
 * @param settings settings (城中村, 小区 ...)
 * @param minGroup the least group size (0 for none)
 * @param add departments to add
 * @param remove departments to remove
 * @param power the power beyond the community's that the row calls on, empty when none
 * @param reason why
 */
public record RoutingRule(
    String id,
    Set<String> types,
    Set<String> facets,
    Set<String> notFacets,
    Set<String> signals,
    Set<String> notSignals,
    Set<String> levels,
    Set<String> settings,
    int minGroup,
    List<String> add,
    List<String> remove,
    String power,
    String reason) {

  public RoutingRule {
    types = Set.copyOf(types);
    facets = Set.copyOf(facets);
    notFacets = Set.copyOf(notFacets);
    signals = Set.copyOf(signals);
    notSignals = Set.copyOf(notSignals);
    levels = Set.copyOf(levels);
    settings = Set.copyOf(settings);
    add = List.copyOf(add);
    remove = List.copyOf(remove);
    power = power == null ? "" : power;
  }
}
