package org.zhuiguang.assistant.rest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.zhuiguang.assistant.FixtureCorpus;

/**
 * The one test profile of the service: the invented fixture corpus indexed in a temporary folder,
 * and LLM mode pointed at a free loopback port where each test class runs its {@link LlmStub} (no
 * stub running = the model is down).
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    try {
      Path dir = Files.createTempDirectory("zg-service-test");
      Path[] paths = FixtureCorpus.build(dir);
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      String url = "http://127.0.0.1:" + port + "/v1";
      return Map.of(
          "zhuiguang.corpus",
          paths[0].toString(),
          "zhuiguang.index",
          paths[1].toString(),
          "zhuiguang.llm.base-url",
          url,
          "zhuiguang.llm.model",
          LlmStub.MODEL,
          "quarkus.langchain4j.openai.base-url",
          url,
          "quarkus.langchain4j.openai.chat-model.model-name",
          LlmStub.MODEL,
          "zhuiguang-test.llm-port",
          Integer.toString(port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {}
}
