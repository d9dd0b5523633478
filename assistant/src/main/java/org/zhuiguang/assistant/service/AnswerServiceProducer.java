package org.zhuiguang.assistant.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.zhuiguang.assistant.answer.AnswerService;
import org.zhuiguang.assistant.answer.AnswerSettings;
import org.zhuiguang.assistant.answer.LlmPort;
import org.zhuiguang.assistant.config.AssistantConfig;
import org.zhuiguang.assistant.llm.LangChainLlm;

/** The answer workflow with the service's library and, when configured, the LLM. */
@ApplicationScoped
public class AnswerServiceProducer {

  private static final Logger LOG = Logger.getLogger(AnswerServiceProducer.class);

  @Produces
  @ApplicationScoped
  AnswerService answerService(LibraryService library, LangChainLlm llm, AssistantConfig config) {
    Optional<LlmPort> port =
        config.llm().baseUrl().filter(url -> !url.isBlank()).map(url -> (LlmPort) llm);
    LOG.infof(
        "answers: mode=%s%s",
        port.isPresent() ? "llm" : "grounded",
        port.isPresent() ? " model=" + config.llm().model() : "");
    AssistantConfig.Answer a = config.answer();
    AnswerSettings settings =
        new AnswerSettings(
            a.retrieve(),
            a.context(),
            a.groundedArticles(),
            AnswerSettings.DEFAULTS.minRelativeScore(),
            !config.llm().local());
    return new AnswerService(library, port, settings, Clock.systemUTC());
  }
}
