package org.zhuiguang.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code zg} command: lists the subcommands. */
@Command(
    name = "zg",
    mixinStandardHelpOptions = true,
    version = "Zhuiguang Assistant 0.1.0",
    description = "追光助理 Zhuiguang Assistant: statutes, search, answers and mediation plans.",
    subcommands = {
      CorpusCommand.class,
      CiteCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      AskCommand.class,
      PlanCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      AuditCommand.class
    })
public final class ZgCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
