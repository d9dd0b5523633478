package org.zhuiguang.indexer.index;

/** Hears how far a long stage of a build has come (a progress bar, a job's progress). */
public interface ProgressListener {

  /** A stage begins with this many units of work. */
  void start(String stage, long total);

  /** This many more units are done. */
  void advance(long units);

  /** The current stage is finished. */
  void finish();

  /** Listens to nothing. */
  ProgressListener NONE =
      new ProgressListener() {
        @Override
        public void start(String stage, long total) {}

        @Override
        public void advance(long units) {}

        @Override
        public void finish() {}
      };
}
