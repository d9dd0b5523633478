package org.zhuiguang.corpus.collection;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhuiguang.corpus.Article;
import org.zhuiguang.corpus.ArticleNumber;
import org.zhuiguang.corpus.Law;
import org.zhuiguang.corpus.LawVersion;

/**
 * Groups statute files into laws and versions.
 *
 * <ul>
 *   <li>Files of one title and one file-name date (or none) make one version. When they carry book
 *       subtitles (the Civil Code's 总则, 物权编 ...) the books are assembled into it, articles sorted
 *       by number; otherwise the first file (by path) is the version and the others are duplicates.
 *   <li>The version date is the file-name date, else the latest history date, else {@link
 *       LawVersion#UNDATED}. The reference scorer ranks an undated file below every dated file of
 *       its title; an undated version whose history is not older than the newest dated one (or
 *       shares a dated one's date) is therefore a duplicate of it when the articles agree, else a
 *       conflict.
 *   <li>The law's level and region are those of its version in force.
 * </ul>
 */
final class VersionAssembler {

  /** The laws, and the files left out while assembling them. */
  record Assembly(
      List<Law> laws,
      List<FileOutcome.Skipped> skipped,
      Set<Path> partlyParsed,
      int unparsedLines) {}

  private final List<FileOutcome.Skipped> skipped = new ArrayList<>();
  private final Set<Path> partlyParsed = new LinkedHashSet<>();
  private int unparsedLines;

  private VersionAssembler() {}

  /** Assembles files, given in path order, into laws in the order of their first file. */
  static Assembly assemble(List<StatuteFile> files) {
    VersionAssembler assembler = new VersionAssembler();
    Map<String, List<StatuteFile>> byTitle = new LinkedHashMap<>();
    for (StatuteFile file : files) {
      byTitle.computeIfAbsent(file.title(), t -> new ArrayList<>()).add(file);
    }
    List<Law> laws = new ArrayList<>(byTitle.size());
    for (List<StatuteFile> titled : byTitle.values()) {
      assembler.law(titled).ifPresent(laws::add);
    }
    return new Assembly(
        List.copyOf(laws),
        List.copyOf(assembler.skipped),
        Set.copyOf(assembler.partlyParsed),
        assembler.unparsedLines);
  }

  private Optional<Law> law(List<StatuteFile> files) {
    Map<Optional<LocalDate>, List<StatuteFile>> byDate = new LinkedHashMap<>();
    for (StatuteFile file : files) {
      byDate.computeIfAbsent(file.fileDate(), d -> new ArrayList<>()).add(file);
    }
    List<Built> dated = new ArrayList<>();
    Built undated = null;
    for (Map.Entry<Optional<LocalDate>, List<StatuteFile>> group : byDate.entrySet()) {
      Built built = version(group.getValue());
      if (group.getKey().isPresent()) {
        dated.add(built);
      } else {
        undated = built;
      }
    }
    List<Built> kept = new ArrayList<>(dated);
    if (undated != null) {
      if (dated.isEmpty() || ranksBelowDated(undated, dated)) {
        kept.add(undated);
      } else {
        LawVersion candidate = undated.version;
        boolean same = dated.stream().anyMatch(d -> sameArticles(d.version, candidate));
        SkipReason reason = same ? SkipReason.DUPLICATE_VERSION : SkipReason.UNDATED_CONFLICT;
        for (StatuteFile file : undated.files) {
          skipped.add(new FileOutcome.Skipped(file.source(), reason));
        }
      }
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    for (Built built : kept) {
      for (StatuteFile file : built.files) {
        if (file.unparsedLines() > 0) {
          partlyParsed.add(file.source());
          unparsedLines += file.unparsedLines();
        }
      }
    }
    List<LawVersion> versions = kept.stream().map(b -> b.version).toList();
    LawVersion inForce =
        versions.stream().max(Comparator.comparing(LawVersion::versionDate)).orElseThrow();
    return Optional.of(new Law(inForce.title(), inForce.level(), inForce.region(), versions));
  }

  private static boolean ranksBelowDated(Built undated, List<Built> dated) {
    LocalDate date = undated.version.versionDate();
    return dated.stream().map(b -> b.version.versionDate()).allMatch(d -> !d.equals(date))
        && dated.stream().anyMatch(b -> b.version.versionDate().isAfter(date));
  }

  private record Built(LawVersion version, List<StatuteFile> files) {}

  /** One version from the files of one title and one file date. */
  private Built version(List<StatuteFile> group) {
    List<StatuteFile> used = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    boolean books = group.size() > 1 && group.stream().anyMatch(f -> f.book().isPresent());
    if (books) {
      Set<String> seenBooks = new HashSet<>();
      Set<ArticleNumber> numbers = new HashSet<>();
      List<StatuteFile> ordered = new ArrayList<>(group);
      ordered.sort(Comparator.comparing(f -> f.articles().get(0).number()));
      for (StatuteFile file : ordered) {
        if (file.book().isEmpty() || !seenBooks.add(file.book().get())) {
          skipped.add(new FileOutcome.Skipped(file.source(), SkipReason.DUPLICATE_VERSION));
          continue;
        }
        used.add(file);
        for (Article article : file.articles()) {
          if (numbers.add(article.number())) {
            articles.add(article);
          } else {
            partlyParsed.add(file.source()); // the same article in two books: the first is kept
          }
        }
      }
      articles.sort(Comparator.comparing(Article::number));
    } else {
      used.add(group.get(0));
      articles.addAll(group.get(0).articles());
      for (StatuteFile duplicate : group.subList(1, group.size())) {
        skipped.add(new FileOutcome.Skipped(duplicate.source(), SkipReason.DUPLICATE_VERSION));
      }
    }
    StatuteFile first = used.get(0);
    Set<String> history = new LinkedHashSet<>();
    Optional<LocalDate> latest = Optional.empty();
    Optional<LocalDate> promulgated = Optional.empty();
    Optional<LocalDate> effective = Optional.empty();
    for (StatuteFile file : used) {
      history.addAll(file.history().lines());
      latest = max(latest, file.history().latest());
      promulgated = max(promulgated, file.history().promulgated());
      effective = max(effective, file.history().effective());
    }
    LocalDate versionDate = first.fileDate().orElse(latest.orElse(LawVersion.UNDATED));
    LawVersion version =
        new LawVersion(
            first.title(),
            first.level(),
            first.region(),
            versionDate,
            promulgated,
            effective,
            List.copyOf(history),
            articles,
            used.stream().map(StatuteFile::source).toList());
    return new Built(version, used);
  }

  private static Optional<LocalDate> max(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return b.get().isAfter(a.get()) ? b : a;
  }

  /** Whether two versions hold the same articles, whitespace aside. */
  private static boolean sameArticles(LawVersion a, LawVersion b) {
    if (a.articles().size() != b.articles().size()) {
      return false;
    }
    for (int i = 0; i < a.articles().size(); i++) {
      Article x = a.articles().get(i);
      Article y = b.articles().get(i);
      if (!x.number().equals(y.number())
          || !Objects.equals(TextLines.removeSpaces(x.text()), TextLines.removeSpaces(y.text()))) {
        return false;
      }
    }
    return true;
  }
}
