package org.zhuiguang.assistant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * OIDC bearer tokens when configured: the service verifies tokens against the provider's JWKS (a
 * stand-in on loopback with a key generated for the run), checks issuer, audience and expiry, and
 * takes the roles from the configured claim. A valid advisor token reviews a draft; an expired
 * token, a token signed by another key, from another issuer or for another audience gets 401; a
 * worker's token gets 403 on approval; HTTP Basic keeps working beside it. The profile also
 * switches on {@code ZG_REQUIRE_SIGN_IN}: search, ask and plans refuse anonymous callers.
 */
@QuarkusTest
@TestProfile(OidcBearerTest.Oidc.class)
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class OidcBearerTest {

  /** The service as in production: the test provider's settings, and sign-in required. */
  public static class Oidc implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(OidcTestProvider.class));
    }

    @Override
    public java.util.Map<String, String> getConfigOverrides() {
      return java.util.Map.of("zg-security.require-sign-in", "true");
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static String config(String key) {
    return ConfigProvider.getConfig().getValue(key, String.class);
  }

  static ObjectNode claims(String user, List<String> roles, long expiresIn) {
    long now = Instant.now().getEpochSecond();
    ObjectNode c = JSON.createObjectNode();
    c.put("iss", config("mp.jwt.verify.issuer"));
    c.put("aud", OidcTestProvider.AUDIENCE);
    c.put("sub", "f1e2d3c4-" + user);
    c.put("preferred_username", user);
    c.put("iat", now - 30);
    c.put("exp", now + expiresIn);
    ObjectNode access = c.putObject("realm_access");
    roles.forEach(access.putArray("roles")::add);
    return c;
  }

  static PrivateKey key() {
    return OidcTestProvider.privateKey(config("zhuiguang-test.oidc-key-file"));
  }

  static CaseDraftApiTest.Reply bearer(String token, String method, String path) {
    return send(token == null ? null : "Bearer " + token, method, path, null);
  }

  static CaseDraftApiTest.Reply send(
      String authorization, String method, String path, String json) {
    try {
      int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      if (authorization != null) {
        b.header("Authorization", authorization);
      }
      HttpRequest request = b.build();
      HttpResponse<String> r =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new CaseDraftApiTest.Reply(
          r.statusCode(), r.body().startsWith("{") ? JSON.readTree(r.body()) : null, r.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aValidAdvisorTokenApprovesADraftAndIsAudited() {
    long draft = CaseDraftApiTest.inReview();
    String token = OidcTestProvider.sign(claims("advisor2", List.of("advisor"), 300), key());
    CaseDraftApiTest.Reply r = bearer(token, "POST", "/api/drafts/" + draft + "/approve");
    assertEquals(200, r.status(), r.raw());
    assertEquals("approved", r.json().path("status").asText());
    assertEquals("advisor2", r.json().path("metadata").path("reviewer").asText());
    CaseDraftApiTest.Reply audit =
        CaseDraftApiTest.call("auditor1", "GET", "/api/audit?limit=5", null);
    assertTrue(
        audit
            .raw()
            .contains(
                "\"user\":\"advisor2\",\"action\":\"draft.approve\",\"target\":\"draft/" + draft),
        audit.raw());
  }

  @Test
  void aWorkerTokenMayNotApprove() {
    long draft = CaseDraftApiTest.inReview();
    String token = OidcTestProvider.sign(claims("advisor2", List.of("worker"), 300), key());
    assertEquals(403, bearer(token, "POST", "/api/drafts/" + draft + "/approve").status());
    // The same user's token with the advisor role may view it: roles come from the claim only.
    String advisor = OidcTestProvider.sign(claims("advisor2", List.of("advisor"), 300), key());
    assertEquals(200, bearer(advisor, "GET", "/api/drafts/" + draft).status());
  }

  @Test
  void expiredForeignOrMisaddressedTokensGet401() throws Exception {
    long draft = CaseDraftApiTest.inReview();
    String path = "/api/drafts/" + draft + "/approve";
    String expired = OidcTestProvider.sign(claims("advisor2", List.of("advisor"), -600), key());
    assertEquals(401, bearer(expired, "POST", path).status());

    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey other = generator.generateKeyPair().getPrivate();
    String foreign = OidcTestProvider.sign(claims("advisor2", List.of("advisor"), 300), other);
    assertEquals(401, bearer(foreign, "POST", path).status());

    ObjectNode wrongIssuer = claims("advisor2", List.of("advisor"), 300);
    wrongIssuer.put("iss", "http://127.0.0.1:1/realms/other");
    assertEquals(401, bearer(OidcTestProvider.sign(wrongIssuer, key()), "POST", path).status());

    ObjectNode wrongAudience = claims("advisor2", List.of("advisor"), 300);
    wrongAudience.put("aud", "another-app");
    assertEquals(401, bearer(OidcTestProvider.sign(wrongAudience, key()), "POST", path).status());

    String valid = OidcTestProvider.sign(claims("advisor2", List.of("advisor"), 300), key());
    String[] parts = valid.split("\\.");
    String tampered =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    claims("advisor2", List.of("advisor", "auditor"), 300)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertEquals(401, bearer(tampered, "POST", path).status());
    assertEquals(401, bearer("not-a-jwt", "POST", path).status());

    // None of these touched the draft; a valid token still can.
    assertEquals(
        "in_review",
        CaseDraftApiTest.call("advisor1", "GET", "/api/drafts/" + draft, null)
            .json()
            .path("status")
            .asText());
    assertEquals(200, bearer(valid, "POST", path).status());
  }

  static final String PLAN = "{\"narrative\": \"公司拖欠工资三个月，共一万二千元。\"}";
  static final String ASK = "{\"question\": \"拖欠工资怎么办？\"}";

  static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void withSignInRequiredSearchAskAndPlansRefuseAnonymousCallers() {
    List<String[]> closed =
        List.of(
            new String[] {"GET", "/api/search?q=%E5%B7%A5%E8%B5%84", null},
            new String[] {"POST", "/api/ask", ASK},
            new String[] {"GET", "/api/ask/stream?q=%E5%B7%A5%E8%B5%84", null},
            new String[] {"POST", "/api/plans", PLAN},
            new String[] {"POST", "/api/plans/export?format=md", PLAN});
    for (String[] c : closed) {
      CaseDraftApiTest.Reply anonymous = send(null, c[0], c[1], c[2]);
      assertEquals(401, anonymous.status(), c[1] + " " + anonymous.raw());
      assertEquals("unauthorized", anonymous.json().path("error").asText(), anonymous.raw());
    }
    CaseDraftApiTest.Reply audit =
        CaseDraftApiTest.call("auditor1", "GET", "/api/audit?limit=10", null);
    assertTrue(
        audit
            .raw()
            .contains("\"user\":\"anonymous\",\"action\":\"plans\",\"target\":\"/api/plans\""),
        audit.raw());

    assertEquals(200, send(basic("worker1"), "POST", "/api/plans", PLAN).status());
    assertEquals(200, send(basic("mediator1"), "GET", closed.get(0)[1], null).status());
    String token = OidcTestProvider.sign(claims("mediator1", List.of("mediator"), 300), key());
    assertEquals(200, bearer(token, "GET", closed.get(0)[1]).status());
    String noRole = OidcTestProvider.sign(claims("visitor", List.of("guest"), 300), key());
    assertEquals(403, bearer(noRole, "GET", closed.get(0)[1]).status());
    // What is not behind the switch stays open: the page and health.
    assertEquals(200, send(null, "GET", "/", null).status());
    assertEquals(200, send(null, "GET", "/q/health/live", null).status());
  }
}
