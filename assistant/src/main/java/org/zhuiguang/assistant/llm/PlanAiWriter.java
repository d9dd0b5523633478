package org.zhuiguang.assistant.llm;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.zhuiguang.assistant.config.AssistantConfig;
import org.zhuiguang.assistant.plan.llm.PlanNarrator;
import org.zhuiguang.assistant.plan.llm.PlanPrompt;

/**
 * The AI service as the plans' narrator. At most 2 plans are written at once (a bulkhead); a call
 * beyond them, a call slower than the timeout, or any call while the circuit is open after repeated
 * failures fails fast, and the plan falls back to the offline one (saying so).
 */
@ApplicationScoped
public class PlanAiWriter implements PlanNarrator {

  private final PlanAi ai;
  private final String model;

  public PlanAiWriter(PlanAi ai, AssistantConfig config) {
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
  @CircuitBreakerName("zg-llm-plans")
  public String write(PlanPrompt prompt) {
    return LangChainLlm.call(
        () ->
            ai.write(
                prompt.narrative(),
                LangChainLlm.orEmpty(prompt.assessment()),
                LangChainLlm.orEmpty(prompt.articles())));
  }
}
