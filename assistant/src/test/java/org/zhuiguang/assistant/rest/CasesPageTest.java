package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhuiguang.assistant.opinion.OpinionLabels;

/**
 * The cases page in headless Chromium (the browser of {@link WebPageTest}): a worker registers a
 * case, requests a draft and submits it; an advisor rejects it; the worker edits and submits it
 * again; the advisor sees the two versions side by side with the added line marked, comments and
 * approves.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class CasesPageTest {

  static final Pattern NUMBER = Pattern.compile("#(\\d+)");

  @BeforeAll
  static void startBrowser() throws Exception {
    WebPageTest.startBrowser();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    WebPageTest.stopBrowser();
    WebPageTest.session = null;
    WebPageTest.driver = null;
  }

  static String session() {
    return "/session/" + WebPageTest.session;
  }

  static void type(String css, String text) throws Exception {
    String e = WebPageTest.find(css);
    WebPageTest.call("POST", session() + "/element/" + e + "/clear", null);
    WebPageTest.call(
        "POST",
        session() + "/element/" + e + "/value",
        WebPageTest.JSON.createObjectNode().put("text", text));
  }

  static void click(String css) throws Exception {
    WebPageTest.call("POST", session() + "/element/" + WebPageTest.find(css) + "/click", null);
  }

  /** Waits until the element exists and its text contains {@code part}; returns its text. */
  static String await(String css, String part) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    String last = "";
    while (System.nanoTime() < deadline) {
      List<String> found = WebPageTest.findAll(css);
      if (!found.isEmpty()) {
        try {
          last = WebPageTest.text(found.get(0));
        } catch (IllegalStateException e) {
          // the page re-rendered the element between finding and reading it: look again
          if (!e.getMessage().contains("stale element reference")) {
            throw e;
          }
          Thread.sleep(150);
          continue;
        }
        if (last.contains(part)) {
          return last;
        }
      }
      Thread.sleep(150);
    }
    throw new AssertionError(css + " never showed " + part + "; last: " + last);
  }

  static long number(String text) {
    Matcher m = NUMBER.matcher(text);
    assertTrue(m.find(), text);
    return Long.parseLong(m.group(1));
  }

  static void signIn(String user) throws Exception {
    type("#signin-user", user);
    type("#signin-password", "demo-" + user);
    click("#signin-button");
    await("#signin-status", user);
  }

  static void openInReview(long draft) throws Exception {
    String item = "#review-queue li[data-draft=\"" + draft + "\"]";
    await(item, "页面测试");
    click(item + " button");
    await("#review-title", "#" + draft);
    // No model answers in this test: the metadata line says the prose is the offline one.
    await("#review-meta", "离线规则");
  }

  @Test
  void aWorkerRequestsADraftAndAnAdvisorApprovesIt() throws Exception {
    int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    WebPageTest.call(
        "POST",
        session() + "/url",
        WebPageTest.JSON.createObjectNode().put("url", "http://localhost:" + port + "/cases.html"));
    String title = WebPageTest.call("GET", session() + "/title", null).get("value").asText();
    assertTrue(title.startsWith("追光助理"), title);

    signIn("worker1");
    type("#case-title", "页面测试：拖欠工资纠纷");
    type("#case-narrative", "申请人在某公司工作，公司拖欠工资两个月共计八千元。");
    type("#party-name", "测试申请人");
    type("#party-phone", "13900001111");
    type("#case-assignees", "advisor1");
    click("#case-button");
    long caseId = number(await("#worker-message", "已登记案件"));
    String card = "#case-list li[data-case=\"" + caseId + "\"]";
    String masked = await(card, "页面测试");
    assertFalse(masked.contains("13900001111"), masked);
    // The full phone number only with a reason (too short: refused), then shown.
    type(card + " input.reveal-reason", "看看");
    click(card + " button.reveal");
    await("#worker-message", "无法显示");
    type(card + " input.reveal-reason", "电话通知当事人到场调解");
    click(card + " button.reveal");
    await("#worker-message", "已记入审计日志");
    await(card + " .party", "13900001111");
    click("#case-list li[data-case=\"" + caseId + "\"] button");
    long draft = number(await("#worker-message", "已生成草稿"));
    await("#draft-list li[data-draft=\"" + draft + "\"]", "草稿");
    click("#draft-list li[data-draft=\"" + draft + "\"] button.submit");
    await("#worker-message", "已提交审核");

    signIn("advisor1");
    click("#tab-review");
    openInReview(draft);
    String first = await("#diff-new", OpinionLabels.AI_LABEL);
    assertTrue(first.contains("八千元"), first);
    type("#reject-reason", "请补充工资条");
    click("#reject-button");
    await("#review-message", "已退回");

    signIn("worker1");
    click("#tab-worker");
    String row = "#draft-list li[data-draft=\"" + draft + "\"]";
    await(row, "已退回");
    click(row + " button.edit");
    await("#edit-title", "#" + draft);
    await("#edit-decisions", "请补充工资条");
    String body = WebPageTest.find("#edit-body");
    WebPageTest.call(
        "POST",
        session() + "/element/" + body + "/value",
        WebPageTest.JSON.createObjectNode().put("text", "\n补充：申请人提供了工资条。"));
    click("#edit-save");
    await("#worker-message", "已保存第2版");
    await(row + " button.submit", "提交审核");
    click(row + " button.submit");
    await("#worker-message", "已提交审核");

    signIn("advisor1");
    click("#tab-review");
    openInReview(draft);
    await("#review-title", "第2版");
    await("#diff-old-title", "第1版");
    await("#diff-new .add", "补充：申请人提供了工资条。");
    String current = await("#diff-new", OpinionLabels.AI_LABEL);
    assertTrue(current.contains("八千元"), current);
    type("#comment-text", "请核对欠薪金额");
    click("#comment-button");
    await("#comment-list", "advisor1（第2版）：请核对欠薪金额");
    click("#approve-button");
    await("#review-message", "已批准");

    CaseDraftApiTest.Reply r =
        CaseDraftApiTest.call("advisor1", "GET", "/api/drafts/" + draft, null);
    assertEquals("approved", r.json().path("status").asText(), r.raw());
    assertEquals("advisor1", r.json().path("metadata").path("reviewer").asText());
  }
}
