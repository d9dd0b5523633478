package org.zhuiguang.assistant.health;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.zhuiguang.assistant.config.AssistantConfig;

/**
 * Reports the LLM: off (grounded mode), up, or down while its circuit is open. Always UP itself: a
 * model that is down never makes the service unready, answers fall back to grounded mode.
 */
@Liveness
@ApplicationScoped
public class LlmHealthCheck implements HealthCheck {

  static final String CIRCUIT = "zg-llm";

  /** The circuit of the opinion drafts' writer ({@code llm/DraftAiWriter}). */
  static final String DRAFTS_CIRCUIT = "zg-llm-drafts";

  private final AssistantConfig config;
  private final CircuitBreakerMaintenance breakers;

  public LlmHealthCheck(AssistantConfig config, CircuitBreakerMaintenance breakers) {
    this.config = config;
    this.breakers = breakers;
  }

  @Override
  public HealthCheckResponse call() {
    boolean on = config.llm().baseUrl().filter(u -> !u.isBlank()).isPresent();
    String state;
    String drafts;
    if (!on) {
      state = "off (grounded mode)";
      drafts = "off (offline drafts)";
    } else {
      CircuitBreakerState cb = breakers.currentState(CIRCUIT);
      state =
          cb == CircuitBreakerState.OPEN ? "down (circuit open, answering in grounded mode)" : "up";
      drafts =
          breakers.currentState(DRAFTS_CIRCUIT) == CircuitBreakerState.OPEN
              ? "down (circuit open, offline drafts)"
              : "up";
    }
    return HealthCheckResponse.named("llm")
        .up()
        .withData("llm", state)
        .withData("drafts", drafts)
        .withData("model", config.llm().model())
        .build();
  }
}
