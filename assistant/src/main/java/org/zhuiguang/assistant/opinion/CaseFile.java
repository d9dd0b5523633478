package org.zhuiguang.assistant.opinion;

import java.util.List;
import java.util.Objects;

/**
 * What an opinion may draw facts from: the case's title, its narrative and its parties. Nothing
 * else goes into a draft's facts.
 *
 * @param title the case title
 * @param narrative the case narrative as recorded
 * @param parties the parties
 */
public record CaseFile(String title, String narrative, List<Party> parties) {

  public CaseFile {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(narrative, "narrative");
    parties = List.copyOf(parties);
  }
}
