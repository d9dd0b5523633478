package org.zhuiguang.assistant.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.collection.CollectionResult;
import org.zhuiguang.corpus.collection.LawRefBookCollection;
import org.zhuiguang.corpus.collection.SkipReason;
import org.zhuiguang.indexer.analysis.StatuteAnalyzer;
import org.zhuiguang.indexer.embed.TextEncoder;
import org.zhuiguang.indexer.index.IndexBuilder;
import org.zhuiguang.indexer.index.IndexBusyException;
import org.zhuiguang.indexer.index.ProgressListener;

/**
 * Re-index jobs while the service answers: one at a time (a second is refused with {@link
 * IndexBusyException}), run on their own thread, reporting progress. Queries keep going to the
 * generation served until the index switches atomically at the end of a job.
 */
public final class IndexMaintenance implements AutoCloseable {

  /** The corpus sub-folder uploaded statutes are stored in. */
  public static final String UPLOAD_FOLDER = "上传";

  private static final Pattern FILE_NAME =
      Pattern.compile("[^/\\\\:*?\"<>|\\x00-\\x1f]{1,120}\\.md");
  private static final int MAX_HISTORY = 50;
  private static final System.Logger LOG = System.getLogger(IndexMaintenance.class.getName());

  private final Path corpusDir;
  private final Path indexDir;
  private final Optional<TextEncoder> encoder;
  private final Consumer<Corpus> onSwitched;
  private final ExecutorService worker;
  private final AtomicReference<IndexJob> running = new AtomicReference<>();
  private final Map<String, IndexJob> jobs = new LinkedHashMap<>();

  /**
   * @param onSwitched told, on the job's thread, of the corpus a job has just indexed
   */
  public IndexMaintenance(
      Path corpusDir, Path indexDir, Optional<TextEncoder> encoder, Consumer<Corpus> onSwitched) {
    this.corpusDir = corpusDir;
    this.indexDir = indexDir;
    this.encoder = encoder;
    this.onSwitched = onSwitched;
    this.worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "zg-index-job");
              t.setDaemon(true);
              return t;
            });
  }

  /** The job running or queued now, if any. */
  public Optional<IndexJob> current() {
    return Optional.ofNullable(running.get()).map(j -> job(j.id()).orElse(j));
  }

  /** The latest state of a job. */
  public synchronized Optional<IndexJob> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The last job started, finished or not. */
  public synchronized Optional<IndexJob> latest() {
    IndexJob last = null;
    for (IndexJob j : jobs.values()) {
      last = j;
    }
    return Optional.ofNullable(last);
  }

  /** Starts a job that re-reads the corpus folder and brings the index in line with it. */
  public IndexJob rescan() {
    return start("rescan", "re-reading the corpus", () -> {});
  }

  /** Starts a full build (first start of the service without an index). */
  public IndexJob build() {
    return start("build", "building the index", () -> {});
  }

  /**
   * Checks an uploaded statute file, stores it in the corpus folder and starts a job indexing it.
   *
   * @param body the file's bytes (UTF-8)
   * @param markdown whether it is in the corpus's Markdown format; plain text takes its title from
   *     the first line
   * @param name the file name to store it under, if given
   * @throws InvalidStatuteException when it is not a statute the parser can read
   */
  public IndexJob upload(byte[] body, boolean markdown, Optional<String> name) {
    String text = decode(body);
    if (text.isBlank()) {
      throw new InvalidStatuteException("the file is empty");
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new InvalidStatuteException("the file contains NUL characters");
    }
    if (!markdown) {
      text = plainToMarkdown(text);
    }
    name.ifPresent(IndexMaintenance::checkFileName);
    Law law = parseOne(text, name.orElse("upload.md"));
    String fileName = name.orElse(law.title() + ".md");
    checkFileName(fileName);
    String stored = text;
    return start(
        "upload",
        "indexing " + law.title(),
        () -> {
          try {
            Path folder = corpusDir.resolve(UPLOAD_FOLDER);
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName).normalize();
            if (!target.getParent().equals(folder.normalize())) {
              throw new InvalidStatuteException("the file name leaves the upload folder");
            }
            Path tmp = folder.resolve("." + UUID.randomUUID() + ".tmp");
            Files.writeString(tmp, stored, StandardCharsets.UTF_8);
            Files.move(
                tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private IndexJob start(String action, String message, Runnable before) {
    IndexJob job =
        new IndexJob(UUID.randomUUID().toString(), action, IndexJob.State.QUEUED, 0, message);
    if (!running.compareAndSet(null, job)) {
      throw new IndexBusyException("another index job is running: " + running.get().id());
    }
    record(job);
    try {
      worker.execute(() -> run(job, before));
    } catch (RuntimeException e) {
      running.set(null);
      record(job.with(IndexJob.State.FAILED, 0, "could not start: " + e.getMessage()));
      throw e;
    }
    return job;
  }

  private void run(IndexJob job, Runnable before) {
    try {
      record(job.with(IndexJob.State.RUNNING, 0, job.message()));
      before.run();
      CollectionResult read = LawRefBookCollection.read(corpusDir);
      Corpus corpus = read.corpus();
      JobProgress progress = new JobProgress(job);
      new IndexBuilder(
              indexDir,
              new StatuteAnalyzer(),
              encoder,
              progress,
              Math.max(1, Runtime.getRuntime().availableProcessors() / 2))
          .update(corpus, encoder.isPresent());
      onSwitched.accept(corpus);
      record(
          job.with(
              IndexJob.State.DONE,
              1,
              String.format(
                  Locale.ROOT,
                  "indexed %d laws, %d articles in force",
                  corpus.laws().size(),
                  corpus.articlesInForce())));
    } catch (IOException | RuntimeException e) {
      record(job.with(IndexJob.State.FAILED, 0, "failed: " + e.getMessage()));
    } finally {
      running.set(null);
    }
  }

  private synchronized void record(IndexJob job) {
    jobs.remove(job.id());
    jobs.put(job.id(), job);
    while (jobs.size() > MAX_HISTORY) {
      jobs.remove(jobs.keySet().iterator().next());
    }
  }

  /** Hears the builder's stages and turns them into the job's progress. */
  private final class JobProgress implements ProgressListener {
    private final IndexJob job;
    private String stage = "";
    private long total;
    private long done;
    private int lastDecile = -1;

    JobProgress(IndexJob job) {
      this.job = job;
    }

    @Override
    public synchronized void start(String stageName, long totalUnits) {
      stage = stageName;
      total = totalUnits;
      done = 0;
      lastDecile = -1;
      report();
    }

    @Override
    public synchronized void advance(long units) {
      done += units;
      report();
    }

    @Override
    public synchronized void finish() {
      done = total;
      report();
    }

    private void report() {
      double p = total <= 0 ? 0 : Math.min(0.99, (double) done / total);
      int decile = (int) (p * 10);
      if (decile != lastDecile) {
        lastDecile = decile;
        LOG.log(
            System.Logger.Level.INFO,
            String.format(Locale.ROOT, "index job %s: %s %d/%d", job.action(), stage, done, total));
      }
      record(
          job.with(
              IndexJob.State.RUNNING,
              p,
              String.format(Locale.ROOT, "%s: %d/%d", stage, done, total)));
    }
  }

  private static String decode(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidStatuteException("the file is not valid UTF-8 text");
    }
  }

  /** Plain text: the first line is the title; the rest is the body. */
  static String plainToMarkdown(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    String title = (nl < 0 ? t : t.substring(0, nl)).strip();
    String rest = nl < 0 ? "" : t.substring(nl + 1);
    if (title.startsWith("#")) {
      return t;
    }
    return "# " + title + "\n\n<!-- INFO END -->\n\n" + rest + "\n";
  }

  /** Parses one file with the corpus parser in a scratch folder; it must give exactly one law. */
  private static void checkFileName(String fileName) {
    if (!FILE_NAME.matcher(fileName).matches() || fileName.startsWith(".")) {
      throw new InvalidStatuteException(
          "the file name must be a plain name ending in .md, without folders: " + fileName);
    }
  }

  private static Law parseOne(String text, String fileName) {
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("zg-upload");
      Files.writeString(scratch.resolve(fileName), text, StandardCharsets.UTF_8);
      CollectionResult result = LawRefBookCollection.read(scratch);
      if (result.corpus().laws().isEmpty()) {
        String reason =
            result.report().skipped().keySet().stream()
                .findFirst()
                .map(SkipReason::description)
                .orElse("no article could be read");
        throw new InvalidStatuteException("not a statute this parser can read: " + reason);
      }
      Law law = result.corpus().laws().get(0);
      if (law.inForce().articles().isEmpty()) {
        throw new InvalidStatuteException("not a statute: no article (第一条 ...) found");
      }
      return law;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(scratch);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a scratch folder left in the temp folder is harmless
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
