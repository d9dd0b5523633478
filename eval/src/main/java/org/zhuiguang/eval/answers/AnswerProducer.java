package org.zhuiguang.eval.answers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zhuiguang.eval.input.EvalQuery;

/**
 * Produces the {@code ask --json} object for a question: {@code {"mode", "answer", "citations":
 * [{"law", "article", "suffix"?, "version", "text"}]}}. The assistant provides one; the harness
 * times each call.
 */
@FunctionalInterface
public interface AnswerProducer {
  ObjectNode answer(EvalQuery query) throws Exception;
}
