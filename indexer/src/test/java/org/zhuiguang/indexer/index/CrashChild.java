package org.zhuiguang.indexer.index;

import java.nio.file.Path;
import java.util.Optional;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.embed.BgeEncoder;

/**
 * The child JVM of {@link CrashTest}. Without a second argument it rebuilds and updates the index
 * in a loop, alternating between two corpus variants, until it is killed. With {@code vectors} it
 * loads the real embedding model, prints {@code ready}, then builds the index of {@link
 * CrashTest#vectorCorpus()} with vectors once, printing the name of every stage as it starts and
 * each saved chunk of embeddings (so the test can kill it while the embeddings are being filled),
 * and {@code done} at the end.
 */
public final class CrashChild {

  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    if (args.length > 1 && args[1].equals("vectors")) {
      try (BgeEncoder encoder = new BgeEncoder(2, 4, false)) {
        IndexBuilder builder =
            new IndexBuilder(
                root, new StatuteAnalyzer(), Optional.of(encoder), new StagePrinter(), 2);
        System.out.println("ready");
        System.out.flush();
        builder.build(CrashTest.vectorCorpus(), true);
        System.out.println("done");
        System.out.flush();
      }
      return;
    }
    IndexBuilder builder =
        new IndexBuilder(root, new StatuteAnalyzer(), Optional.empty(), ProgressListener.NONE, 2);
    System.out.println("ready");
    System.out.flush();
    for (int round = 0; ; round++) {
      if (round % 2 == 0) {
        builder.build(SyntheticCorpus.of(CrashTest.LAWS, CrashTest.ARTICLES, 1), false);
      } else {
        builder.update(SyntheticCorpus.of(CrashTest.LAWS, CrashTest.ARTICLES, 0), false);
      }
    }
  }

  /**
   * Prints each stage's name when it starts and, while embedding, {@code embedded N} each time a
   * chunk of embeddings is saved (N in all so far).
   */
  private static final class StagePrinter implements ProgressListener {
    private String stage = "";
    private long done;

    @Override
    public synchronized void start(String stage, long total) {
      this.stage = stage;
      this.done = 0;
      System.out.println(stage);
      System.out.flush();
    }

    @Override
    public synchronized void advance(long units) {
      done += units;
      if (stage.equals("embedding")) {
        System.out.println("embedded " + done);
        System.out.flush();
      }
    }

    @Override
    public void finish() {}
  }
}
