package org.zhuiguang.assistant.plan.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhuiguang.assistant.plan.risk.RiskLevel;
import org.zhuiguang.assistant.plan.understanding.Evidence;
import org.zhuiguang.assistant.plan.understanding.NarrativeAnalysis;

/**
 * The routing table a district can edit: dispute type, facets, risk signals and level decide which
 * departments and forces a case needs now. Bundled as {@code routing/default-routing.json}; a
 * district's own table can be loaded from a path.
 */
public final class RoutingTable {

  /** The department and force labels of the domain brief. */
  public static final Set<String> KNOWN_DEPARTMENTS =
      Set.of(
          "社区工作站", "人民调解委员会", "司法所", "法律顾问", "心理咨询师", "物业公司", "业委会", "股份合作公司", "派出所", "交警", "劳动监察",
          "劳动仲裁", "社保部门", "工会", "住房和建设", "城管执法", "生态环境", "市场监管", "卫生健康", "民政", "妇联", "残联", "教育",
          "征收部门", "街道", "人民法院");

  private final List<RoutingRule> rules;

  public RoutingTable(List<RoutingRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<RoutingRule> rules() {
    return rules;
  }

  /** The bundled table. */
  public static RoutingTable defaults() {
    try (InputStream in = RoutingTable.class.getResourceAsStream("/routing/default-routing.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "routing/default-routing.json is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A district's table from a file. */
  public static RoutingTable load(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  public static RoutingTable read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    List<RoutingRule> rules = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      JsonNode when = r.path("when");
      rules.add(
          new RoutingRule(
              r.path("id").asText(),
              strings(when.path("types")),
              strings(when.path("facets")),
              strings(when.path("not_facets")),
              strings(when.path("signals")),
              strings(when.path("not_signals")),
              strings(when.path("levels")),
              strings(when.path("settings")),
              when.path("min_group").asInt(0),
              List.copyOf(strings(r.path("add"))),
              List.copyOf(strings(r.path("remove"))),
              r.path("power").asText(""),
              r.path("reason").asText("")));
    }
    return new RoutingTable(rules);
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The departments a case needs now. */
  public Routing route(NarrativeAnalysis a, RiskLevel level) {
    Map<String, String> chosen = new LinkedHashMap<>();
    Set<String> removed = new LinkedHashSet<>();
    List<String> powers = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    Set<String> signals = new LinkedHashSet<>();
    for (Evidence e : a.signals()) {
      signals.add(e.kind());
    }
    for (RoutingRule rule : rules) {
      if (!matches(rule, a, level, signals)) {
        continue;
      }
      applied.add(rule.id());
      for (String d : rule.add()) {
        chosen.putIfAbsent(d, rule.reason());
      }
      removed.addAll(rule.remove());
      if (!rule.power().isEmpty() && !powers.contains(rule.power())) {
        powers.add(rule.power());
      }
    }
    removed.forEach(chosen::remove);
    List<DepartmentCall> calls = new ArrayList<>();
    chosen.forEach((d, why) -> calls.add(new DepartmentCall(d, why)));
    return new Routing(calls, powers, applied);
  }

  private static boolean matches(
      RoutingRule rule, NarrativeAnalysis a, RiskLevel level, Set<String> signals) {
    if (!rule.types().isEmpty() && !rule.types().contains(a.type().label())) {
      return false;
    }
    if (!rule.facets().isEmpty() && rule.facets().stream().noneMatch(a.facets()::contains)) {
      return false;
    }
    if (rule.notFacets().stream().anyMatch(a.facets()::contains)) {
      return false;
    }
    if (!rule.signals().isEmpty() && rule.signals().stream().noneMatch(signals::contains)) {
      return false;
    }
    if (rule.notSignals().stream().anyMatch(signals::contains)) {
      return false;
    }
    if (!rule.levels().isEmpty() && !rule.levels().contains(level.label())) {
      return false;
    }
    if (!rule.settings().isEmpty()
        && (a.setting().isEmpty() || !rule.settings().contains(a.setting().get()))) {
      return false;
    }
    return a.groupSize() >= rule.minGroup();
  }
}
