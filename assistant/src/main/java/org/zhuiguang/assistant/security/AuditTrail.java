package org.zhuiguang.assistant.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.zhuiguang.assistant.audit.AuditChain;
import org.zhuiguang.assistant.audit.AuditRow;
import org.zhuiguang.assistant.persistence.AuditEntity;

/**
 * The append-only audit trail in the database. An audited write runs in one transaction together
 * with its audit row, under one lock, so the chain never forks and a crash leaves either both or
 * neither; a refusal is written in a transaction of its own.
 */
@ApplicationScoped
public class AuditTrail {

  private final ReentrantLock lock = new ReentrantLock();
  private final Clock clock = Clock.systemUTC();

  /** Runs {@code work} and appends the row {@code row} makes of its result, in one transaction. */
  public <T> T inTransaction(Supplier<T> work, java.util.function.Function<T, Entry> row) {
    lock.lock();
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                T result = work.get();
                append(row.apply(result));
                return result;
              });
    } finally {
      lock.unlock();
    }
  }

  /** Appends one row in a transaction of its own. */
  public void record(Entry entry) {
    lock.lock();
    try {
      QuarkusTransaction.requiringNew().run(() -> append(entry));
    } finally {
      lock.unlock();
    }
  }

  /** The last {@code limit} rows, newest last. */
  public List<AuditRow> latest(int limit) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<AuditEntity> rows =
                  AuditEntity.<AuditEntity>find("order by seq desc").page(0, limit).list();
              return rows.reversed().stream().map(AuditEntity::toRow).toList();
            });
  }

  /** One row's content; the chain fields are added on append. */
  public record Entry(String user, String action, String target, String outcome, String ip) {}

  private void append(Entry e) {
    AuditEntity last = AuditEntity.<AuditEntity>find("order by seq desc").firstResult();
    AuditRow row =
        AuditChain.next(
            last == null ? null : last.toRow(),
            clock.instant(),
            e.user(),
            e.action(),
            e.target(),
            e.outcome(),
            e.ip());
    AuditEntity.of(row).persist();
  }
}
