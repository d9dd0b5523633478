package org.zhuiguang.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.zhuiguang.indexer.index.ProgressListener;

/** A one-line progress bar on stderr: stage, bar, done/total, rate and time left. */
final class ProgressBar implements ProgressListener {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean interactive;
  private final AtomicLong done = new AtomicLong();
  private volatile String stage = "";
  private volatile long total;
  private volatile long started;
  private volatile long lastDraw;
  private volatile int lastTenth = -1;

  ProgressBar(PrintWriter err) {
    this.err = err;
    this.interactive = System.console() != null;
  }

  @Override
  public synchronized void start(String stage, long total) {
    this.stage = stage;
    this.total = total;
    this.done.set(0);
    this.started = System.nanoTime();
    this.lastDraw = 0;
    this.lastTenth = -1;
    draw(true);
  }

  @Override
  public void advance(long units) {
    done.addAndGet(units);
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      synchronized (this) {
        draw(false);
      }
    }
  }

  @Override
  public synchronized void finish() {
    draw(true);
    if (interactive) {
      err.println();
    }
    err.flush();
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    long n = done.get();
    double fraction = total <= 0 ? 1 : Math.min(1, (double) n / total);
    int tenth = (int) (fraction * 10);
    if (!interactive && !force && tenth == lastTenth) {
      return;
    }
    lastTenth = tenth;
    lastDraw = now;
    double seconds = (now - started) / 1e9;
    double rate = seconds > 0 ? n / seconds : 0;
    String left =
        rate > 0 && n < total ? String.format(Locale.ROOT, " %.0fs left", (total - n) / rate) : "";
    int filled = (int) Math.round(fraction * WIDTH);
    String line =
        String.format(
            Locale.ROOT,
            "%-22s [%s%s] %d/%d %5.1f%% %.0f/s%s",
            stage,
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            n,
            total,
            fraction * 100,
            rate,
            left);
    if (interactive) {
      err.print("\r" + line);
    } else {
      err.println(line);
    }
    err.flush();
  }
}
