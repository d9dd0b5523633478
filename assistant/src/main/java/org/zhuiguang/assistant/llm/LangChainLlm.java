package org.zhuiguang.assistant.llm;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.zhuiguang.assistant.answer.LlmException;
import org.zhuiguang.assistant.answer.LlmPort;
import org.zhuiguang.assistant.answer.LlmPrompt;
import org.zhuiguang.assistant.config.AssistantConfig;

/**
 * The AI service as the answer workflow's LLM port. At most 4 calls run at once (a bulkhead); a
 * call beyond them, a call slower than the timeout, or any call while the circuit is open after
 * repeated failures fails fast; the workflow then answers in grounded mode (the honest fallback:
 * quoted statutes, labelled as such).
 */
@ApplicationScoped
public class LangChainLlm implements LlmPort {

  /** Written into empty data blocks, so the model sees the block is empty on purpose. */
  static final String EMPTY_BLOCK = "（无）";

  private final LegalAnswerAi ai;
  private final String model;

  public LangChainLlm(LegalAnswerAi ai, AssistantConfig config) {
    this.ai = ai;
    this.model = config.llm().model();
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  @Bulkhead(4)
  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
  @CircuitBreakerName("zg-llm")
  public String complete(LlmPrompt prompt) {
    return call(
        () ->
            ai.answer(
                prompt.question(),
                orEmpty(prompt.articles()),
                orEmpty(prompt.history()),
                orEmpty(prompt.feedback())));
  }

  /** Runs a model call; any failure of it becomes an {@link LlmException} naming its kind. */
  static String call(Supplier<String> modelCall) {
    try {
      return modelCall.get();
    } catch (RuntimeException e) {
      throw new LlmException("the model failed: " + e.getClass().getSimpleName(), e);
    }
  }

  static String orEmpty(String block) {
    return block.isBlank() ? EMPTY_BLOCK : block;
  }
}
