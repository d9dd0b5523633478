package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web page in headless Chromium, driven through chromedriver's W3C WebDriver HTTP API: a
 * question typed into the chat gets a streamed answer with an expandable citation. Needs Debian's
 * {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them).
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class WebPageTest {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static Process driver;
  static String base;
  static String session;
  static Path profile;

  @BeforeAll
  static void startBrowser() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    driver =
        new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    base = "http://127.0.0.1:" + port;
    waitForDriver();
    profile = Files.createTempDirectory("zg-chromium");
    ObjectNode caps = JSON.createObjectNode();
    ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
    always.put("browserName", "chrome");
    ObjectNode options = always.putObject("goog:chromeOptions");
    options.put("binary", CHROMIUM.toString());
    var args = options.putArray("args");
    for (String a :
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--user-data-dir=" + profile)) {
      args.add(a);
    }
    JsonNode created = call("POST", "/session", caps);
    session = created.get("value").get("sessionId").asText();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (session != null) {
      try {
        call("DELETE", "/session/" + session, null);
      } catch (IOException | RuntimeException e) {
        // the driver is stopped below anyway
      }
    }
    if (driver != null) {
      driver.destroy();
      driver.waitFor();
    }
  }

  static void waitForDriver() throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        JsonNode status = call("GET", "/status", null);
        if (status.get("value").get("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("chromedriver did not start");
  }

  static JsonNode call(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (body != null) {
      b.header("Content-Type", "application/json; charset=utf-8")
          .method(
              method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    } else if (method.equals("POST")) {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r =
        HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json = JSON.readTree(r.body());
    if (r.statusCode() >= 400) {
      throw new IllegalStateException("webdriver " + path + ": " + r.body());
    }
    return json;
  }

  static String find(String css) throws Exception {
    ObjectNode q = JSON.createObjectNode().put("using", "css selector").put("value", css);
    return call("POST", "/session/" + session + "/element", q).get("value").get(ELEMENT).asText();
  }

  static List<String> findAll(String css) throws Exception {
    ObjectNode q = JSON.createObjectNode().put("using", "css selector").put("value", css);
    List<String> ids = new ArrayList<>();
    for (JsonNode e : call("POST", "/session/" + session + "/elements", q).get("value")) {
      ids.add(e.get(ELEMENT).asText());
    }
    return ids;
  }

  static String text(String element) throws Exception {
    return call("GET", "/session/" + session + "/element/" + element + "/text", null)
        .get("value")
        .asText();
  }

  @Test
  void aQuestionInTheChatGetsAnAnswerWithAnExpandableCitation() throws Exception {
    int port =
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getValue("quarkus.http.test-port", Integer.class);
    call(
        "POST",
        "/session/" + session + "/url",
        JSON.createObjectNode().put("url", "http://localhost:" + port + "/"));
    assertEquals("追光助理", call("GET", "/session/" + session + "/title", null).get("value").asText());

    String question = find("#question");
    call(
        "POST",
        "/session/" + session + "/element/" + question + "/value",
        JSON.createObjectNode().put("text", "老板拖欠工资三个月，我该怎么办？"));
    call("POST", "/session/" + session + "/element/" + find("#ask-button") + "/click", null);

    List<String> summaries = List.of();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (summaries.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      summaries = findAll("#messages details.citation summary");
    }
    assertTrue(!summaries.isEmpty(), "no citation appeared");
    assertTrue(text(summaries.get(0)).contains("《示范劳动报酬条例》"), text(summaries.get(0)));
    String answer = text(find("#messages .msg.answer"));
    assertTrue(answer.contains("法规检索结果"), answer);

    call("POST", "/session/" + session + "/element/" + summaries.get(0) + "/click", null);
    String quoted = text(find("#messages details.citation p"));
    assertTrue(quoted.contains("劳动者"), quoted);
    call("POST", "/session/" + session + "/element/" + find("#tab-search") + "/click", null);
    call(
        "POST",
        "/session/" + session + "/element/" + find("#search-q") + "/value",
        JSON.createObjectNode().put("text", "空调冷凝水"));
    call("POST", "/session/" + session + "/element/" + find("#search-button") + "/click", null);
    List<String> results = List.of();
    deadline = System.nanoTime() + 20_000_000_000L;
    while (results.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      results = findAll("#search-results li .head");
    }
    assertTrue(!results.isEmpty(), "no search result appeared");
    assertTrue(text(results.get(0)).contains("《示范相邻关系法》第3条"), text(results.get(0)));

    call("POST", "/session/" + session + "/element/" + find("#tab-index") + "/click", null);
    String status = "";
    deadline = System.nanoTime() + 20_000_000_000L;
    while (!status.contains("gen-") && System.nanoTime() < deadline) {
      Thread.sleep(200);
      status = text(find("#index-status"));
    }
    assertTrue(status.contains("gen-"), status);
  }

  @Test
  void aWorkerDescribesADisputeAndReadsThePlan() throws Exception {
    int port =
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getValue("quarkus.http.test-port", Integer.class);
    call(
        "POST",
        "/session/" + session + "/url",
        JSON.createObjectNode().put("url", "http://localhost:" + port + "/"));
    call("POST", "/session/" + session + "/element/" + find("#tab-plan") + "/click", null);
    call(
        "POST",
        "/session/" + session + "/element/" + find("#narrative") + "/value",
        JSON.createObjectNode().put("text", "工业园一家厂拖欠十二名工人三个月工资，工人们说明天去堵厂门。"));
    call("POST", "/session/" + session + "/element/" + find("#plan-button") + "/click", null);
    List<String> sections = List.of();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (sections.size() < 6 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      sections = findAll("#plan-result section h3");
    }
    assertEquals(6, sections.size(), "the plan's six sections");
    String plan = text(find("#plan-result"));
    assertTrue(plan.contains("纠纷类型：劳动报酬"), plan);
    assertTrue(plan.contains("风险等级：重大"), plan);
    assertTrue(plan.contains("提级-街道或区3个工作日"), plan);
  }
}
