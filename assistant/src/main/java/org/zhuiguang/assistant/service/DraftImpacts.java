package org.zhuiguang.assistant.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.zhuiguang.assistant.opinion.StaleCitations;
import org.zhuiguang.assistant.persistence.DraftEntity;
import org.zhuiguang.assistant.persistence.DraftVersionEntity;
import org.zhuiguang.assistant.security.AuditTrail;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.corpus.StatuteCatalog;

/**
 * The impact of amendments: after every generation switch, each draft's quoted articles (of its
 * current version) are compared with the statutes now served, and the draft's {@code
 * stale_citations} are set to those amended or retired (or cleared when none are). Each change is
 * written with its audit row ({@code draft.impact} by {@code system}) in one transaction.
 */
@ApplicationScoped
public class DraftImpacts {

  /** The audit trail's user for changes the service makes on its own. */
  public static final String SYSTEM = "system";

  private static final Logger LOG = Logger.getLogger(DraftImpacts.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuditTrail audit;

  public DraftImpacts(AuditTrail audit) {
    this.audit = audit;
  }

  void onSwitch(@Observes CorpusSwitched event) {
    try {
      int changed = mark(event.corpus());
      if (changed > 0) {
        LOG.infof("re-index: %d drafts changed their stale citations", changed);
      }
    } catch (RuntimeException e) {
      // The switch itself succeeded; the flags are set again at the next one.
      LOG.error("could not check drafts against the new statutes", e);
    }
  }

  /**
   * Brings every draft's stale citations in line with {@code now}; the number of drafts changed.
   */
  public int mark(StatuteCatalog now) {
    List<Long> ids =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    DraftEntity.<DraftEntity>list("order by id").stream()
                        .filter(d -> !staleOf(d, now).equals(d.staleCitations))
                        .map(d -> d.id)
                        .toList());
    for (Long id : ids) {
      audit.inTransaction(
          () -> {
            DraftEntity d = DraftEntity.findById(id);
            d.staleCitations = staleOf(d, now);
            return d.staleCitations;
          },
          stale -> {
            int n = tree(stale).size();
            return new AuditTrail.Entry(
                SYSTEM, "draft.impact", "draft/" + id, n == 0 ? "current" : "stale " + n, "local");
          });
    }
    return ids.size();
  }

  private static String staleOf(DraftEntity d, StatuteCatalog now) {
    DraftVersionEntity v = DraftVersionEntity.of(d.id, d.currentVersion).orElseThrow();
    ArrayNode out = JSON.createArrayNode();
    for (StaleCitations.Stale s : StaleCitations.of(quoted(v.citations), now)) {
      ObjectNode o = out.addObject();
      o.put("law", s.law());
      o.put("article", s.number().number());
      if (s.number().suffix() > 0) {
        o.put("suffix", s.number().suffix());
      }
      o.put("old_version", s.oldVersion().toString());
      if (s.newVersion().isPresent()) {
        o.put("new_version", s.newVersion().get().toString());
      } else {
        o.putNull("new_version");
      }
    }
    return out.toString();
  }

  /** The quoted articles as stored with a version: law, article, suffix?, version, text. */
  static List<StatuteArticle> quoted(String citations) {
    List<StatuteArticle> out = new ArrayList<>();
    for (JsonNode c : tree(citations)) {
      out.add(
          new StatuteArticle(
              c.path("law").asText(),
              ArticleNumber.of(c.path("article").asInt(), c.path("suffix").asInt(0)),
              LocalDate.parse(c.path("version").asText()),
              c.path("text").asText()));
    }
    return out;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable", e);
    }
  }
}
