package org.zhuiguang.assistant.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/**
 * The JSON object a model was asked to reply with, cut out of whatever the model wrote around it (a
 * code fence, a sentence before it). The reply is untrusted: what is wrong with it goes into a list
 * of problems, in Chinese, to be sent back to the model when it is asked again.
 */
public final class ModelReply {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelReply() {}

  /**
   * The object between the reply's first '{' and last '}'.
   *
   * @param reply the model's reply
   * @param problems where the reasons it is not a JSON object are added
   * @param shape said to the model after the first two kinds of problem (empty for nothing), e.g.
   *     "；只输出一个含 a、b 两个字段的 JSON 对象"
   * @return the object, or empty when there is none
   */
  public static Optional<JsonNode> jsonObject(String reply, List<String> problems, String shape) {
    if (reply == null || reply.isBlank()) {
      problems.add("回复为空");
      return Optional.empty();
    }
    int start = reply.indexOf('{');
    int end = reply.lastIndexOf('}');
    if (start < 0 || end < start) {
      problems.add("回复不是 JSON 对象" + shape);
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = JSON.readTree(reply.substring(start, end + 1));
    } catch (JsonProcessingException e) {
      problems.add("回复不是合法的 JSON" + shape);
      return Optional.empty();
    }
    if (root == null || !root.isObject()) {
      problems.add("回复不是 JSON 对象");
      return Optional.empty();
    }
    return Optional.of(root);
  }
}
