package org.zhuiguang.assistant.plan.routing;

import java.util.List;

/**
 * The departments a case needs and the powers beyond the community's that it calls on.
 *
 * @param departments the departments, in the order the rules named them
 * @param powers the powers the community lacks that the case needs, each with its department
 * @param rules the ids of the rules that applied, for the plan's reasoning
 */
public record Routing(List<DepartmentCall> departments, List<String> powers, List<String> rules) {

  public Routing {
    departments = List.copyOf(departments);
    powers = List.copyOf(powers);
    rules = List.copyOf(rules);
  }

  public List<String> labels() {
    return departments.stream().map(DepartmentCall::department).toList();
  }
}
