package org.zhuiguang.indexer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** Disk and memory figures: folder size, heap after GC, RSS and peak RSS of this process. */
public final class Resources {

  private Resources() {}

  /** Bytes of every file under a folder. */
  public static long folderBytes(Path folder) {
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Heap in use after a GC, in MiB. */
  @SuppressWarnings("java:S1215")
  public static double heapMib() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
  }

  /** {@code VmRSS} and {@code VmHWM} of /proc/self/status in MiB, when the system has them. */
  public static String rss() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return "n/a";
    }
    try {
      String rss = "?";
      String peak = "?";
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmRSS:")) {
          rss = kbToMib(line);
        } else if (line.startsWith("VmHWM:")) {
          peak = kbToMib(line);
        }
      }
      return "RSS " + rss + " MiB, peak " + peak + " MiB";
    } catch (IOException e) {
      return "n/a";
    }
  }

  private static String kbToMib(String line) {
    String kb = line.replaceAll("[^0-9]", "");
    return String.format(Locale.ROOT, "%.0f", Long.parseLong(kb) / 1024.0);
  }

  public static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
