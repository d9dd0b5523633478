package org.zhuiguang.corpus.collection;

import java.nio.file.Path;

/** What became of one file: a statute file to assemble into versions, or a skip with its reason. */
sealed interface FileOutcome {

  Path source();

  /** The file was read as a statute. */
  record Parsed(StatuteFile file) implements FileOutcome {
    @Override
    public Path source() {
      return file.source();
    }
  }

  /** The file was left out, for this reason. */
  record Skipped(Path source, SkipReason reason) implements FileOutcome {}
}
