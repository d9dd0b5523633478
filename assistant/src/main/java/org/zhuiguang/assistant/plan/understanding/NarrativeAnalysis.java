package org.zhuiguang.assistant.plan.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.assistant.plan.DisputeType;

/**
 * What a narrative says, as facts the plan is built on.
 *
 * @param narrative the narrative as given
 * @param type the dispute type read from it
 * @param typeScores every type with a cue, best first (the evidence for {@code type})
 * @param facets the aspects of the dispute that decide the law and the departments (e.g. an illegal
 *     rooftop structure in a neighbour dispute), by id
 * @param money every sum named
 * @param claimedYuan the sum in dispute (0 when none is named)
 * @param people every number of people named
 * @param groupSize the largest number of persons acting together or affected as a group (0 when
 *     none)
 * @param signals threats, danger, gatherings, vulnerable persons, repeated failed mediation
 * @param setting where it happens (城中村, 工业园, 小区, 工地 ...), when the narrative says
 * @param duration how long it has lasted, as written, when the narrative says
 * @param names persons the narrative names (老彭, 罗姐)
 */
public record NarrativeAnalysis(
    String narrative,
    DisputeType type,
    List<TypeScore> typeScores,
    Set<String> facets,
    List<MoneyMention> money,
    long claimedYuan,
    List<PeopleMention> people,
    int groupSize,
    List<Evidence> signals,
    Optional<String> setting,
    Optional<String> duration,
    List<String> names) {

  public NarrativeAnalysis {
    typeScores = List.copyOf(typeScores);
    facets = Set.copyOf(facets);
    money = List.copyOf(money);
    people = List.copyOf(people);
    signals = List.copyOf(signals);
    names = List.copyOf(names);
  }

  /** Whether a signal of this kind (a constant of {@link Signals}) is present. */
  public boolean has(String signal) {
    return Signals.has(signals, signal);
  }

  /** Whether the facet is present. */
  public boolean hasFacet(String facet) {
    return facets.contains(facet);
  }
}
