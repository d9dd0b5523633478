package org.zhuiguang.assistant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The service's settings ({@code zhuiguang.*} in application.properties, each from an environment
 * variable).
 */
@ConfigMapping(prefix = "zhuiguang")
public interface AssistantConfig {

  /** The statute corpus folder: {@code $ZG_CORPUS}, else {@code ../shared/corpus/lawrefbook}. */
  @WithDefault("../shared/corpus/lawrefbook")
  String corpus();

  /** The index folder: {@code $ZG_INDEX}, else {@code data/index}. */
  @WithDefault("data/index")
  String index();

  /**
   * Whether the index carries vectors: builds and re-index jobs embed (BM25 is served first), and
   * questions are searched in hybrid mode once the vectors are complete.
   */
  @WithDefault("true")
  boolean vectors();

  /** Whether the service builds the index at startup when there is none. */
  @WithDefault("true")
  boolean indexOnStart();

  Llm llm();

  Answer answer();

  /** LLM mode: on when a base URL is set. */
  interface Llm {

    /**
     * The OpenAI-compatible endpoint ({@code .../v1}): {@code $ZG_LLM_BASE_URL}; unset: grounded.
     */
    Optional<String> baseUrl();

    /** The model name: {@code $ZG_LLM_MODEL}. */
    @WithDefault("qwen2.5-7b-instruct")
    String model();

    /** Whether the endpoint is on this host: {@code $ZG_LLM_LOCAL}. */
    @WithDefault("false")
    boolean local();
  }

  /** How answers are made. */
  interface Answer {

    /** Articles retrieved per question. */
    @WithDefault("20")
    int retrieve();

    /** Articles given to the model. */
    @WithDefault("8")
    int context();

    /** At most this many articles in a grounded answer. */
    @WithDefault("8")
    int groundedArticles();
  }
}
