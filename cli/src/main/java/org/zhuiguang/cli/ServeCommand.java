package org.zhuiguang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zg serve [--port 8080]}: runs the service (the Quarkus application built in {@code
 * assistant/target/quarkus-app}) with the same JVM options and the corpus and index folders. The
 * service indexes first when there is no index, BM25 first, and answers 503 until it is ready.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Runs the service: web page at /, API under /api, health and metrics under /q.")
public final class ServeCommand implements Runnable {

  static final String RUNNER = "assistant/target/quarkus-app/quarkus-run.jar";

  /** The service's default embedded database file (H2), relative to the repository root. */
  static final String DATABASE_FILE = "data/zhuiguang.mv.db";

  @Spec CommandSpec spec;
  @Mixin CorpusOption corpusOption;
  @Mixin IndexOption indexOption;

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080)")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "interface to listen on (default: 127.0.0.1; 0.0.0.0 for all)")
  String host = "127.0.0.1";

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 1 || port > 65535) {
      throw new UsageException("--port must be from 1 to 65535: " + port);
    }
    requireFreePort(host, port);
    requireFreeDatabase(Paths.home());
    Path runner = Paths.home().resolve(RUNNER);
    if (!Files.isRegularFile(runner)) {
      throw new IllegalStateException(
          "the service is not built: " + runner + " is missing; run ./mvnw -DskipTests package");
    }
    Path corpusDir = corpusOption.corpus();
    Path indexDir = indexOption.index();
    boolean llm = System.getenv("ZG_LLM_BASE_URL") != null;
    Settings.of("serve")
        .with("port", port)
        .with("host", host)
        .with("corpus", corpusDir)
        .with("index", indexDir)
        .with("mode", llm ? "llm" : "grounded")
        .log(err);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String opts = System.getenv("ZG_JAVA_OPTS");
    if (opts != null && !opts.isBlank()) {
      command.addAll(Arrays.asList(opts.strip().split("\\s+")));
    }
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.http.host=" + host);
    command.add("-jar");
    command.add(runner.toString());
    // The service's embedded database is data/ under the repository root, wherever zg is run from.
    ProcessBuilder pb = new ProcessBuilder(command).inheritIO().directory(Paths.home().toFile());
    Map<String, String> env = pb.environment();
    env.put("ZG_CORPUS", corpusDir.toString());
    env.put("ZG_INDEX", indexDir.toString());
    err.printf(Locale.ROOT, "zg serve: http://%s:%d/ (Ctrl-C stops it)%n", host, port);
    err.flush();
    try {
      Process process = pb.start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
      int code = process.waitFor();
      if (code != 0 && code != 130 && code != 143) {
        throw new IllegalStateException("the service stopped with exit code " + code);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the service: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Fails with one sentence when something already listens on the port (another zg serve?). */
  static void requireFreePort(String host, int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "port "
              + port
              + " on "
              + host
              + " is in use (is another zg serve running?); stop it or choose --port");
    }
  }

  /**
   * Fails with one sentence when another process holds the embedded database (H2 locks its file
   * while a service runs); the service would otherwise stop with the database's own stack trace.
   * Only the default database is checked: with ZG_DB_URL the configured server decides.
   */
  static void requireFreeDatabase(Path home) {
    String url = System.getenv("ZG_DB_URL");
    Path file = home.resolve(DATABASE_FILE);
    if ((url != null && !url.isBlank()) || !Files.isRegularFile(file)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(databaseInUse(file));
      }
    } catch (OverlappingFileLockException e) {
      throw new IllegalStateException(databaseInUse(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot open the database " + file + ": " + e.getMessage());
    }
  }

  private static String databaseInUse(Path file) {
    return "the database "
        + file
        + " is in use by another process (is another zg serve running?); stop it first";
  }
}
