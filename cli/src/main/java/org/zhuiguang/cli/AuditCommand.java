package org.zhuiguang.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhuiguang.assistant.audit.AuditRow;
import org.zhuiguang.assistant.audit.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zg audit verify}: reads the service's audit trail from its database and checks the hash
 * chain; exit 0 when intact, 1 naming the first broken row.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The audit trail of cases, drafts and re-indexing.",
    subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new UsageException("a subcommand is required: verify");
  }

  /** The default database: {@code $ZG_DB_URL}, else the H2 file {@code data/zhuiguang}. */
  static String defaultUrl() {
    String env = System.getenv("ZG_DB_URL");
    if (env != null && !env.isBlank()) {
      return env;
    }
    return "jdbc:h2:file:" + Paths.home().resolve("data/zhuiguang") + ";IFEXISTS=TRUE";
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null ? fallback : v;
  }

  /** {@code zg audit verify}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Checks the audit trail's hash chain: exit 0 when intact, else names the first broken"
              + " row. Reads $ZG_DB_URL, else the H2 file data/zhuiguang (stop the service first:"
              + " H2 locks its file).")
  public static final class Verify implements Runnable {

    @Spec CommandSpec spec;

    @Option(names = "--db", description = "JDBC URL of the service's database")
    String db;

    @Option(names = "--db-user", description = "database user ($ZG_DB_USER, else zg)")
    String user;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String url = db == null || db.isBlank() ? defaultUrl() : db;
      String dbUser = user == null ? env("ZG_DB_USER", "zg") : user;
      Settings.of("audit verify").with("db", url).with("db-user", dbUser).log(err);
      List<AuditRow> rows = read(url, dbUser, env("ZG_DB_PASSWORD", ""));
      AuditVerifier.Result result = AuditVerifier.verify(rows);
      if (json) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rows", rows.size());
        o.put("intact", result.intact());
        result
            .broken()
            .ifPresent(
                b -> {
                  o.put("first_broken_seq", b.seq());
                  o.put("reason", b.reason());
                });
        out.println(Json.write(o));
        out.flush();
      } else if (result.intact()) {
        out.println("audit trail intact: " + rows.size() + " rows");
        out.flush();
      }
      if (!result.intact()) {
        AuditVerifier.Broken b = result.broken().orElseThrow();
        throw new IllegalStateException("audit trail broken at row " + b.seq() + ": " + b.reason());
      }
    }

    static List<AuditRow> read(String url, String user, String password) {
      List<AuditRow> rows = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(url, user, password);
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT seq, happened_at, username, action, target, outcome, ip, prev_hash,"
                      + " hash FROM zg_audit ORDER BY seq");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new AuditRow(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9)));
        }
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot read the audit trail from " + url + ": " + e.getMessage(), e);
      }
      return rows;
    }
  }
}
