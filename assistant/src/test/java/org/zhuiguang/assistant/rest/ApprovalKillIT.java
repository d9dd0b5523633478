package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.FixtureCorpus;
import org.zhuiguang.assistant.audit.AuditRow;
import org.zhuiguang.assistant.audit.AuditVerifier;

/**
 * kill -9 during approvals: the packaged service (H2 file database, written through on commit) is
 * killed at a seeded random moment while advisors approve drafts concurrently, then the database is
 * checked: each draft is approved together with its decision row, reviewer, date and audit row, or
 * is still in review with none of them; every approval a client saw acknowledged is there; the
 * audit chain is intact. Three rounds on one database, the service restarted on it each time.
 */
class ApprovalKillIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final int DRAFTS = 24;
  static final long SEED = Long.getLong("zg.kill.seed", 20261123L);

  @Test
  void aKilledApprovalLeavesAllOrNothing() throws Exception {
    Path app = Path.of("target/quarkus-app").toAbsolutePath();
    assertTrue(Files.exists(app.resolve("quarkus-run.jar")), "package the service first: " + app);
    Path dir = Files.createTempDirectory("zg-kill-test");
    try {
      run(app, dir);
    } finally {
      deleteTree(dir);
    }
  }

  private void run(Path app, Path dir) throws Exception {
    // A copy of the packaged service, so that a build running meanwhile cannot change it.
    Path jar = copyTree(app, dir.resolve("app")).resolve("quarkus-run.jar");
    Path[] paths = FixtureCorpus.build(dir);
    String dbUrl = "jdbc:h2:file:" + dir.resolve("db/zhuiguang") + ";WRITE_DELAY=0";
    Random random = new Random(SEED);
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    int approvedBeforeKill = 0;
    for (int round = 0; round < 3; round++) {
      int port = freePort();
      Process service = start(jar, dir, paths, dbUrl, port, round);
      List<Long> drafts = new ArrayList<>();
      try {
        awaitUp(port, service, dir);
        for (int i = 0; i < DRAFTS; i++) {
          drafts.add(inReview(port));
        }
        java.util.concurrent.atomic.AtomicInteger ok =
            new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService advisors = Executors.newFixedThreadPool(6);
        for (long d : drafts) {
          advisors.execute(
              () -> {
                try {
                  HttpResponse<String> r =
                      send(port, "advisor1", "POST", "/api/drafts/" + d + "/approve", null);
                  if (r.statusCode() == 200) {
                    acknowledged.add(d);
                    ok.incrementAndGet();
                  }
                } catch (IOException | InterruptedException e) {
                  // killed mid-request: the outcome is whatever the database says
                }
              });
        }
        // Kill once a seeded number of approvals went through, the others still in flight.
        int after = 1 + random.nextInt(DRAFTS / 2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ok.get() < after && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        Thread.sleep(random.nextInt(3));
        service.destroyForcibly(); // SIGKILL
        service.waitFor(30, TimeUnit.SECONDS);
        advisors.shutdown();
        assertTrue(advisors.awaitTermination(60, TimeUnit.SECONDS));
      } finally {
        service.destroyForcibly();
        service.waitFor(30, TimeUnit.SECONDS);
      }
      int approved = check(dbUrl, drafts, acknowledged);
      System.out.printf(
          java.util.Locale.ROOT,
          "kill -9 round %d: %d of %d drafts approved, %d acknowledged%n",
          round,
          approved,
          DRAFTS,
          drafts.stream().filter(acknowledged::contains).count());
      approvedBeforeKill += approved;
    }
    // The kills landed during the approvals: some went through, not all.
    assertTrue(approvedBeforeKill > 0, "no approval went through before the kills");
    assertTrue(approvedBeforeKill < 3 * DRAFTS, "every approval finished before the kill");
  }

  /** Checks the database; returns how many of {@code drafts} are approved. */
  static int check(String dbUrl, List<Long> drafts, Set<Long> acknowledged) throws SQLException {
    try (Connection c = DriverManager.getConnection(dbUrl, "zg", "");
        Statement s = c.createStatement()) {
      Map<Long, String> status = new HashMap<>();
      Map<Long, Boolean> stamped = new HashMap<>();
      try (ResultSet r = s.executeQuery("SELECT id, status, reviewer, approved_at FROM zg_draft")) {
        while (r.next()) {
          status.put(r.getLong(1), r.getString(2));
          stamped.put(r.getLong(1), r.getString(3) != null && r.getTimestamp(4) != null);
        }
      }
      Map<Long, Integer> decisions = new HashMap<>();
      try (ResultSet r =
          s.executeQuery("SELECT draft_id FROM zg_decision WHERE decision = 'approved'")) {
        while (r.next()) {
          decisions.merge(r.getLong(1), 1, Integer::sum);
        }
      }
      List<AuditRow> rows = new ArrayList<>();
      Set<Long> audited = new HashSet<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT seq, happened_at, username, action, target, outcome, ip, prev_hash, hash"
                  + " FROM zg_audit ORDER BY seq")) {
        while (r.next()) {
          AuditRow row =
              new AuditRow(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9));
          rows.add(row);
          if (row.action().equals("draft.approve") && row.outcome().equals("ok")) {
            audited.add(Long.parseLong(row.target().substring("draft/".length())));
          }
        }
      }
      AuditVerifier.Result chain = AuditVerifier.verify(rows);
      assertTrue(chain.intact(), chain.toString());
      int approved = 0;
      for (long d : drafts) {
        String st = status.get(d);
        boolean isApproved = "approved".equals(st);
        String facts =
            "draft "
                + d
                + ": status="
                + st
                + " stamped="
                + stamped.get(d)
                + " decisions="
                + decisions.getOrDefault(d, 0)
                + " audited="
                + audited.contains(d);
        if (isApproved) {
          approved++;
          assertEquals(1, decisions.getOrDefault(d, 0), facts);
          assertTrue(stamped.get(d), facts);
          assertTrue(audited.contains(d), facts);
        } else {
          assertEquals("in_review", st, facts);
          assertEquals(0, decisions.getOrDefault(d, 0), facts);
          assertTrue(!stamped.get(d), facts);
          assertTrue(!audited.contains(d), facts);
          assertTrue(!acknowledged.contains(d), "acknowledged approval lost: " + facts);
        }
      }
      return approved;
    }
  }

  static Process start(Path jar, Path dir, Path[] paths, String dbUrl, int port, int round)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder b =
        new ProcessBuilder(java, "-jar", jar.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("service-" + round + ".log").toFile());
    Map<String, String> env = b.environment();
    env.keySet().removeIf(k -> k.startsWith("ZG_"));
    env.put("ZG_CORPUS", paths[0].toString());
    env.put("ZG_INDEX", paths[1].toString());
    env.put("ZG_VECTORS", "false");
    env.put("ZG_PORT", Integer.toString(port));
    env.put("ZG_HOST", "127.0.0.1");
    env.put("ZG_DB_URL", dbUrl);
    return b.start();
  }

  static void awaitUp(int port, Process service, Path dir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new AssertionError("the service stopped: " + log(dir));
      }
      try {
        if (send(port, null, "GET", "/q/health/ready", null).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service did not start: " + log(dir));
  }

  static String log(Path dir) throws IOException {
    StringBuilder out = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
        out.append(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out.toString();
  }

  static long inReview(int port) throws Exception {
    HttpResponse<String> c =
        send(port, "worker1", "POST", "/api/cases", CaseDraftApiTest.CASE_BODY);
    assertEquals(201, c.statusCode(), c.body());
    long caseId = JSON.readTree(c.body()).path("id").asLong();
    HttpResponse<String> d =
        send(port, "worker1", "POST", "/api/cases/" + caseId + "/drafts", "{}");
    assertEquals(201, d.statusCode(), d.body());
    long draft = JSON.readTree(d.body()).path("id").asLong();
    HttpResponse<String> s =
        send(port, "worker1", "POST", "/api/drafts/" + draft + "/submit", null);
    assertEquals(200, s.statusCode(), s.body());
    return draft;
  }

  static HttpResponse<String> send(int port, String user, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (user != null) {
      String token = user + ":demo-" + user;
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Path copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
