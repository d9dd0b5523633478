package org.zhuiguang.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.zhuiguang.assistant.plan.DisputePlan;
import org.zhuiguang.assistant.plan.PlanBuilder;
import org.zhuiguang.assistant.plan.PlanJson;
import org.zhuiguang.assistant.plan.PlanMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zg plan "纠纷描述"}: a dispute-resolution plan, built offline and deterministically. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Prints a dispute-resolution plan: type, risk grade, parties and their likely moves,"
            + " applicable law, departments, steps.")
public final class PlanCommand implements Runnable {

  @Spec CommandSpec spec;
  @Mixin CorpusOption corpusOption;

  @Parameters(index = "0", paramLabel = "纠纷描述", description = "the dispute, in a few sentences")
  String narrative;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(
      names = "--occurred-on",
      paramLabel = "YYYY-MM-DD",
      description = "the day the dispute arose: articles are quoted in the versions in force then")
  String occurredOn;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (narrative == null || narrative.isBlank()) {
      throw new UsageException("the dispute description is empty");
    }
    if (narrative.length() > PlanBuilder.MAX_NARRATIVE) {
      throw new UsageException(
          "the dispute description is longer than " + PlanBuilder.MAX_NARRATIVE + " characters");
    }
    Optional<LocalDate> day = Optional.empty();
    if (occurredOn != null) {
      try {
        day = Optional.of(LocalDate.parse(occurredOn.strip()));
      } catch (DateTimeParseException e) {
        throw new UsageException("--occurred-on is not a date YYYY-MM-DD: " + occurredOn);
      }
    }
    var corpusDir = corpusOption.corpus();
    Settings.of("plan")
        .with("corpus", corpusDir)
        .with("mode", "grounded")
        .with("json", json)
        .with("occurred-on", day.map(LocalDate::toString).orElse("(now)"))
        .log(err);
    PlanBuilder builder = PlanBuilder.withDefaults(CorpusOption.readCorpus(corpusDir));
    DisputePlan plan = builder.build(narrative, day);
    if (json) {
      var node = PlanJson.toJson(plan);
      day.ifPresent(d -> node.put("occurred_on", d.toString()));
      out.println(Json.write(node));
    } else {
      out.print(PlanMarkdown.render(plan));
    }
    out.flush();
  }
}
