package org.zhuiguang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuiguang.assistant.audit.AuditChain;
import org.zhuiguang.assistant.audit.AuditRow;

/** {@code zg audit verify} on an H2 file database holding the service's audit table. */
class AuditCommandTest {

  @TempDir Path dir;

  private int verify(String url, StringWriter out, StringWriter err) {
    return Zg.run(new PrintWriter(out), new PrintWriter(err), "audit", "verify", "--db", url);
  }

  @Test
  void intactThenTamperedNamesTheFirstBrokenRow() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("zhuiguang");
    try (Connection c = DriverManager.getConnection(url, "zg", "");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE zg_audit (seq BIGINT PRIMARY KEY, happened_at VARCHAR(40), username"
              + " VARCHAR(200), action VARCHAR(100), target VARCHAR(500), outcome VARCHAR(500), ip"
              + " VARCHAR(100), prev_hash VARCHAR(64), hash VARCHAR(64))");
      AuditRow prev = null;
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO zg_audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < 4; i++) {
          prev =
              AuditChain.next(
                  prev,
                  Instant.parse("2025-02-03T04:05:06Z").plusSeconds(i),
                  "advisor1",
                  "draft.approve",
                  "draft/" + i,
                  "ok",
                  "127.0.0.1");
          p.setLong(1, prev.seq());
          p.setString(2, prev.at());
          p.setString(3, prev.user());
          p.setString(4, prev.action());
          p.setString(5, prev.target());
          p.setString(6, prev.outcome());
          p.setString(7, prev.ip());
          p.setString(8, prev.prevHash());
          p.setString(9, prev.hash());
          p.executeUpdate();
        }
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, verify(url, out, err), err.toString());
    assertTrue(out.toString().contains("intact: 4 rows"), out.toString());

    try (Connection c = DriverManager.getConnection(url, "zg", "");
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE zg_audit SET username = 'mallory' WHERE seq = 3");
    }
    out = new StringWriter();
    err = new StringWriter();
    assertEquals(1, verify(url, out, err));
    assertTrue(err.toString().contains("broken at row 3"), err.toString());
  }

  @Test
  void aMissingDatabaseIsAFailure() {
    StringWriter err = new StringWriter();
    String url = "jdbc:h2:file:" + dir.resolve("none") + ";IFEXISTS=TRUE";
    assertEquals(1, verify(url, new StringWriter(), err));
    assertTrue(err.toString().contains("cannot read the audit trail"), err.toString());
  }
}
