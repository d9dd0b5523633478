package org.zhuiguang.indexer.index;

import java.nio.file.Path;
import java.util.Optional;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;

/**
 * The child JVM of {@link CrashTest}: rebuilds and updates the index in a loop, alternating between
 * two corpus variants, until it is killed.
 */
public final class CrashChild {

  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
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
}
