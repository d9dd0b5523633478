package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A stand-in OIDC provider on loopback for the bearer-token tests: a key pair generated for the
 * run, its public half served as a JWKS (and a discovery document naming it), and the service
 * configured with that JWKS, issuer, audience and a nested roles claim. The private key is left in
 * a file the tests read to sign tokens (the test and the service load classes apart, so the key
 * does not travel through a static field).
 */
public class OidcTestProvider implements QuarkusTestResourceLifecycleManager {

  static final String AUDIENCE = "zhuiguang";
  static final String ROLES_CLAIM = "realm_access/roles";
  static final String KEY_ID = "test-key-1";

  private Vertx vertx;
  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      Path keyFile = Files.createTempFile("zg-oidc-test", ".key");
      Files.write(keyFile, keys.getPrivate().getEncoded());
      String jwks = jwks((RSAPublicKey) keys.getPublic());
      vertx = Vertx.vertx();
      String[] issuer = new String[1];
      server =
          vertx
              .createHttpServer()
              .requestHandler(
                  r -> {
                    String body;
                    if (r.path().equals("/realms/zg/protocol/openid-connect/certs")) {
                      body = jwks;
                    } else if (r.path().equals("/realms/zg/.well-known/openid-configuration")) {
                      body =
                          "{\"issuer\":\""
                              + issuer[0]
                              + "\",\"jwks_uri\":\""
                              + issuer[0]
                              + "/protocol/openid-connect/certs\"}";
                    } else {
                      r.response().setStatusCode(404).end();
                      return;
                    }
                    r.response().putHeader("Content-Type", "application/json").end(body);
                  });
      server
          .listen(0, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      issuer[0] = "http://127.0.0.1:" + server.actualPort() + "/realms/zg";
      return Map.of(
          "mp.jwt.verify.publickey.location",
          issuer[0] + "/protocol/openid-connect/certs",
          "mp.jwt.verify.issuer",
          issuer[0],
          "mp.jwt.verify.audiences",
          AUDIENCE,
          "smallrye.jwt.path.groups",
          ROLES_CLAIM,
          "zhuiguang-test.oidc-key-file",
          keyFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException
        | InterruptedException
        | ExecutionException
        | TimeoutException e) {
      throw new IllegalStateException("the test OIDC provider did not start", e);
    }
  }

  @Override
  public void stop() {
    if (vertx != null) {
      vertx.close();
    }
  }

  static String jwks(RSAPublicKey key) {
    ObjectNode jwk = new ObjectMapper().createObjectNode();
    jwk.put("kty", "RSA");
    jwk.put("kid", KEY_ID);
    jwk.put("use", "sig");
    jwk.put("alg", "RS256");
    jwk.put("n", unsigned(key.getModulus()));
    jwk.put("e", unsigned(key.getPublicExponent()));
    ObjectNode set = new ObjectMapper().createObjectNode();
    set.putArray("keys").add(jwk);
    return set.toString();
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Reads the private key the provider left for the tests. */
  static PrivateKey privateKey(String file) {
    try {
      byte[] der = Files.readAllBytes(Path.of(file));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A compact RS256 JWT of {@code claims} signed with {@code key}. */
  static String sign(ObjectNode claims, PrivateKey key) {
    ObjectNode header = new ObjectMapper().createObjectNode();
    header.put("alg", "RS256");
    header.put("typ", "JWT");
    header.put("kid", KEY_ID);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput =
        b64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + b64.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
