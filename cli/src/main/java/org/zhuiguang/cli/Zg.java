package org.zhuiguang.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of {@code ./zg}. Exit codes: 0 on success, 2 on bad usage, 1 on failure, each failure
 * with one clear sentence on stderr and no stack trace.
 */
public final class Zg {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;

  private Zg() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; used by {@link #main} and by tests. */
  public static int run(String... args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return run(out, err, args);
  }

  /** Runs a command line writing to the given streams. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new ZgCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(
        e -> e instanceof UsageException ? EXIT_USAGE : EXIT_FAILURE);
    commandLine.setParameterExceptionHandler(
        (e, cmdArgs) -> {
          err.println("zg: " + e.getMessage() + " (see --help)");
          err.flush();
          return EXIT_USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          if (e instanceof UsageException) {
            err.println("zg: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
          }
          err.println("zg: " + FailureMessages.sentence(e));
          err.flush();
          if (Boolean.getBoolean("zg.debug")) {
            e.printStackTrace(err);
          }
          return EXIT_FAILURE;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
