package org.zhuiguang.corpus.collection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawLevel;
import org.zhuiguang.corpus.LawVersion;

/**
 * Reads the LawRefBook Markdown collection (one folder per kind of statute, one {@code .md} file
 * per law version or per book of a code) into a {@link Corpus}, with a report of every file read or
 * skipped. Files are parsed in parallel; the result does not depend on the order of the walk.
 */
public final class LawRefBookCollection {

  private LawRefBookCollection() {}

  /**
   * Reads every file under {@code corpusRoot}.
   *
   * @throws IOException if the root is not a readable folder
   * @throws IllegalStateException if the report's counts do not add up
   */
  public static CollectionResult read(Path corpusRoot) throws IOException {
    long start = System.nanoTime();
    if (!Files.isDirectory(corpusRoot)) {
      throw new IOException("not a corpus folder: " + corpusRoot);
    }
    Walk walk = walk(corpusRoot);
    List<FileOutcome> outcomes =
        walk.files.parallelStream().map(file -> readFile(corpusRoot, file)).toList();

    List<FileOutcome.Skipped> skipped = new ArrayList<>(walk.unreadable);
    List<StatuteFile> statutes = new ArrayList<>();
    for (FileOutcome outcome : outcomes) {
      switch (outcome) {
        case FileOutcome.Parsed parsed -> statutes.add(parsed.file());
        case FileOutcome.Skipped skip -> skipped.add(skip);
      }
    }
    VersionAssembler.Assembly assembly = VersionAssembler.assemble(statutes);
    skipped.addAll(assembly.skipped());
    Corpus corpus = new Corpus(assembly.laws());
    CollectionReport report =
        report(
            walk.files.size() + walk.unreadable.size(),
            corpus,
            skipped,
            assembly.partlyParsed(),
            assembly.unparsedLines(),
            Duration.ofNanos(System.nanoTime() - start));
    return new CollectionResult(corpus, report);
  }

  /** The reason a path is skipped without reading it, if any. */
  static Optional<SkipReason> skipByPath(Path relative) {
    String name = relative.getFileName().toString();
    if (!name.endsWith(".md")) {
      return Optional.of(SkipReason.NOT_MARKDOWN);
    }
    if (name.startsWith("_") || name.toLowerCase(Locale.ROOT).equals("readme.md")) {
      return Optional.of(SkipReason.INDEX_PAGE);
    }
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().contains("案例")) {
        return Optional.of(SkipReason.CASE_WRITEUP);
      }
    }
    if (name.contains("模版") || name.contains("模板")) {
      return Optional.of(SkipReason.TEMPLATE);
    }
    return Optional.empty();
  }

  private static FileOutcome readFile(Path root, Path file) {
    Path relative = root.relativize(file);
    Optional<SkipReason> byPath = skipByPath(relative);
    if (byPath.isPresent()) {
      return new FileOutcome.Skipped(relative, byPath.get());
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) { // includes MalformedInputException: not UTF-8
      return new FileOutcome.Skipped(relative, SkipReason.UNREADABLE);
    }
    return StatuteFileParser.parse(relative, text);
  }

  private record Walk(List<Path> files, List<FileOutcome.Skipped> unreadable) {}

  /** Every regular file under the root, sorted by path; hidden folders (.git) are not entered. */
  private static Walk walk(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    List<FileOutcome.Skipped> unreadable = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Path name = dir.getFileName();
            boolean hidden = !dir.equals(root) && name != null && name.toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (file.equals(root)) {
              return FileVisitResult.TERMINATE;
            }
            unreadable.add(new FileOutcome.Skipped(root.relativize(file), SkipReason.UNREADABLE));
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(Comparator.comparing(Path::toString));
    return new Walk(files, unreadable);
  }

  private static CollectionReport report(
      int filesSeen,
      Corpus corpus,
      List<FileOutcome.Skipped> skipped,
      Set<Path> partlyParsed,
      int unparsed,
      Duration elapsed) {
    Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
    Map<SkipReason, List<String>> examples = new EnumMap<>(SkipReason.class);
    List<FileOutcome.Skipped> all = new ArrayList<>(skipped);
    partlyParsed.forEach(p -> all.add(new FileOutcome.Skipped(p, SkipReason.PARTLY_PARSED)));
    all.sort(Comparator.comparing(s -> s.source().toString()));
    for (FileOutcome.Skipped skip : all) {
      counts.merge(skip.reason(), 1, Integer::sum);
      List<String> paths = examples.computeIfAbsent(skip.reason(), r -> new ArrayList<>());
      if (paths.size() < CollectionReport.EXAMPLES_PER_REASON) {
        paths.add(skip.source().toString());
      }
    }
    int filesParsed = 0;
    int versions = 0;
    int articlesAll = 0;
    Map<LawLevel, Integer> lawsByLevel = new EnumMap<>(LawLevel.class);
    Map<LawLevel, Integer> articlesByLevel = new EnumMap<>(LawLevel.class);
    for (Law law : corpus.laws()) {
      for (LawVersion version : law.versions()) {
        filesParsed += version.sources().size();
        versions++;
        articlesAll += version.articles().size();
      }
      lawsByLevel.merge(law.level(), 1, Integer::sum);
      articlesByLevel.merge(law.level(), law.inForce().articles().size(), Integer::sum);
    }
    return new CollectionReport(
        filesSeen,
        filesParsed,
        counts,
        examples,
        unparsed,
        corpus.laws().size(),
        versions,
        corpus.articlesInForce(),
        articlesAll,
        lawsByLevel,
        articlesByLevel,
        elapsed);
  }
}
