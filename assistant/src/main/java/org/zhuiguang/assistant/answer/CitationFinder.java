package org.zhuiguang.assistant.answer;

import java.util.List;
import org.zhuiguang.corpus.cite.Citation;

/** Finds statute citations in a text and resolves each against one catalog. */
@FunctionalInterface
public interface CitationFinder {

  List<Citation> find(String text);
}
