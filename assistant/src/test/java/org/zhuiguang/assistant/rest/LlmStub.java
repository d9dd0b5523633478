package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A stand-in for an OpenAI-compatible endpoint on loopback: records every request body sent to
 * {@code /v1/chat/completions} and answers from a script of replies; with the script empty, 503.
 */
final class LlmStub implements AutoCloseable {

  static final String MODEL = "stub-model";
  private static final ObjectMapper JSON = new ObjectMapper();

  record Reply(int status, String content, long delayMillis, String raw) {
    Reply(int status, String content, long delayMillis) {
      this(status, content, delayMillis, null);
    }
  }

  private final Vertx vertx;
  private final HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<JsonNode> requests = new ArrayList<>();
  private final List<String> traffic = new ArrayList<>();

  LlmStub(int port) {
    vertx = Vertx.vertx();
    server = vertx.createHttpServer().requestHandler(this::handle);
    try {
      server
          .listen(port, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      vertx.close();
      throw new IllegalStateException("the LLM stub cannot listen on " + port, e);
    }
  }

  synchronized void reply(String content) {
    script.add(new Reply(200, content, 0));
  }

  synchronized void fail(int status) {
    script.add(new Reply(status, "", 0));
  }

  /** Answers with this status and body as they are (malformed or truncated replies). */
  synchronized void raw(int status, String body) {
    script.add(new Reply(status, "", 0, body));
  }

  synchronized void slow(String content, long delayMillis) {
    script.add(new Reply(200, content, delayMillis));
  }

  synchronized List<JsonNode> requests() {
    return List.copyOf(requests);
  }

  /**
   * Everything any client sent to the stub, one entry per request on any path: the request line,
   * every header and the body as received.
   */
  synchronized List<String> traffic() {
    return List.copyOf(traffic);
  }

  synchronized void reset() {
    script.clear();
    requests.clear();
    traffic.clear();
  }

  private void handle(HttpServerRequest request) {
    request
        .body()
        .onSuccess(
            body -> {
              StringBuilder raw = new StringBuilder();
              raw.append(request.method()).append(' ').append(request.uri()).append('\n');
              request
                  .headers()
                  .forEach(
                      h -> raw.append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
              raw.append('\n').append(body.toString(StandardCharsets.UTF_8));
              synchronized (this) {
                traffic.add(raw.toString());
              }
              if (!request.path().equals("/v1/chat/completions")) {
                request.response().setStatusCode(404).end();
                return;
              }
              respond(request, body);
            });
  }

  private void respond(HttpServerRequest request, Buffer body) {
    Reply reply;
    synchronized (this) {
      try {
        requests.add(JSON.readTree(body.toString(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      reply = script.poll();
    }
    Reply r = reply == null ? new Reply(503, "", 0) : reply;
    if (r.delayMillis() > 0) {
      vertx.setTimer(r.delayMillis(), id -> send(request, r));
    } else {
      send(request, r);
    }
  }

  private static void send(HttpServerRequest request, Reply reply) {
    String out;
    if (reply.raw() != null) {
      out = reply.raw();
    } else if (reply.status() == 200) {
      ObjectNode root = JSON.createObjectNode();
      root.put("id", "chatcmpl-stub");
      root.put("object", "chat.completion");
      root.put("created", 1_700_000_000L);
      root.put("model", MODEL);
      ObjectNode choice = root.putArray("choices").addObject();
      choice.put("index", 0);
      choice.putObject("message").put("role", "assistant").put("content", reply.content());
      choice.put("finish_reason", "stop");
      root.putObject("usage")
          .put("prompt_tokens", 10)
          .put("completion_tokens", 10)
          .put("total_tokens", 20);
      out = root.toString();
    } else {
      out = "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}";
    }
    if (request.connection() == null || request.response().closed()) {
      return;
    }
    request
        .response()
        .setStatusCode(reply.status())
        .putHeader("Content-Type", "application/json")
        .end(out);
  }

  @Override
  public void close() {
    try {
      server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the LLM stub did not stop", e);
    }
  }
}
