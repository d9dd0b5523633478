package org.zhuiguang.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Entry point of {@code ./zg}. Exit codes: 0 on success, 2 on bad usage, 1 on failure, each failure
 * with one clear sentence on stderr and no stack trace.
 */
public final class Zg {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;

  /**
   * Lucene's logger, held so that its level stays set: Lucene reports at INFO how it vectorises,
   * which is noise on a command line.
   */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private Zg() {}

  public static void main(String[] args) {
    quietLibraries();
    System.exit(run(args));
  }

  /**
   * Keeps libraries' start-up chatter off the terminal: SLF4J finds the service's JBoss binding on
   * the class path, cannot start it outside Quarkus and says so in six lines, so the command line
   * uses SLF4J's no-operation provider (the commands print what users need themselves); Lucene's
   * INFO lines are dropped. A property set on the command line wins.
   */
  static void quietLibraries() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
    LUCENE_LOG.setLevel(Level.WARNING);
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
