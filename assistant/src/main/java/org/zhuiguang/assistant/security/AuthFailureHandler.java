package org.zhuiguang.assistant.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Credentials that do not verify (a wrong password, an invalid, expired or foreign bearer token)
 * are refused before any endpoint runs; this gives that refusal the service's JSON error body
 * ({@code {"error": "unauthorized", "detail": ...}}) instead of an empty 401, with the challenge of
 * the scheme that was tried.
 */
@ApplicationScoped
public class AuthFailureHandler {

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(
            context -> {
              if (!(context.failure() instanceof AuthenticationFailedException)
                  || context.response().ended()) {
                context.next();
                return;
              }
              String authorization = context.request().getHeader("Authorization");
              boolean bearer =
                  authorization != null
                      && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ");
              String detail =
                  bearer
                      ? "the bearer token was not accepted (invalid, expired or not from the"
                          + " configured OIDC provider)"
                      : "the user name or password is wrong";
              context
                  .response()
                  .setStatusCode(401)
                  .putHeader("Content-Type", "application/json")
                  .putHeader(
                      "WWW-Authenticate",
                      bearer ? "Bearer error=\"invalid_token\"" : "Basic realm=\"zhuiguang\"")
                  .end(
                      new JsonObject().put("error", "unauthorized").put("detail", detail).encode());
            });
  }
}
