package org.zhuiguang.assistant.llm;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.quarkiverse.langchain4j.RegisterAiService;

/**
 * The model that writes an opinion draft's prose in LLM mode. No chat memory, no tools, no
 * retrieval augmentor: the draft builder picks the articles and verifies the reply.
 */
@RegisterAiService(
    chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class,
    toolProviderSupplier = RegisterAiService.NoToolProviderSupplier.class,
    retrievalAugmentor = RegisterAiService.NoRetrievalAugmentorSupplier.class)
public interface DraftAi {

  @SystemMessage(fromResource = "prompts/draft-system.txt")
  @UserMessage(fromResource = "prompts/draft-user.txt")
  String write(
      @V("casefile") String caseFile,
      @V("question") String question,
      @V("assessment") String assessment,
      @V("articles") String articles,
      @V("feedback") String feedback);
}
