package org.zhuiguang.assistant.llm;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.zhuiguang.assistant.config.AssistantConfig;
import org.zhuiguang.assistant.opinion.DraftPrompt;
import org.zhuiguang.assistant.opinion.DraftWriter;

/**
 * The AI service as the opinion drafts' writer. At most 2 drafts are written at once (a bulkhead);
 * a call beyond them, a call slower than the timeout, or any call while the circuit is open after
 * repeated failures fails fast, and the draft falls back to the offline prose (saying so).
 */
@ApplicationScoped
public class DraftAiWriter implements DraftWriter {

  private final DraftAi ai;
  private final String model;

  public DraftAiWriter(DraftAi ai, AssistantConfig config) {
    this.ai = ai;
    this.model = config.llm().model();
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  @Bulkhead(2)
  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
  @CircuitBreakerName("zg-llm-drafts")
  public String write(DraftPrompt prompt) {
    return LangChainLlm.call(
        () ->
            ai.write(
                prompt.caseFile(),
                LangChainLlm.orEmpty(prompt.question()),
                LangChainLlm.orEmpty(prompt.assessment()),
                LangChainLlm.orEmpty(prompt.articles()),
                LangChainLlm.orEmpty(prompt.feedback())));
  }
}
