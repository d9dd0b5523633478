package org.zhuiguang.assistant.plan.llm;

/**
 * The data blocks of one plan prompt; personal data is already masked when the model is not local.
 *
 * @param narrative the worker's narrative
 * @param assessment the deterministic assessment (type, grade, path, departments, sides)
 * @param articles the articles the model may cite, with law, number and the index's text
 */
public record PlanPrompt(String narrative, String assessment, String articles) {}
