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
 * worker's token gets 403 on approval; HTTP Basic keeps working beside it.
 */
@QuarkusTest
@TestProfile(OidcBearerTest.Oidc.class)
@QuarkusTestResource(value = ServiceTestResource.class, restrictToAnnotatedClass = false)
class OidcBearerTest {

  /** The service with the test provider's settings. */
  public static class Oidc implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(OidcTestProvider.class));
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
    try {
      int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .header("Authorization", "Bearer " + token)
              .build();
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
}
