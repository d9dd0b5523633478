package org.zhuiguang.corpus.collection;

import java.nio.file.Path;
import java.util.Optional;
import org.zhuiguang.corpus.LawLevel;

/**
 * The level and region a file's folder gives it: the first folder named for a level (宪法, 行政法规,
 * 司法解释, 部门规章, 地方性法规) decides, the folder below 地方性法规 names the region, and every other folder (刑法,
 * 民法典, 民法商法, 行政法, 经济法, 社会法, 宪法相关法, 诉讼与非诉讼程序法, 其他 ...) holds laws.
 *
 * @param level the level
 * @param region the region of a local regulation, e.g. 广东
 */
record FolderLevel(LawLevel level, Optional<String> region) {

  /** The level of a file, from its path relative to the corpus root. */
  static FolderLevel of(Path relative) {
    int folders = relative.getNameCount() - 1;
    for (int i = 0; i < folders; i++) {
      String name = relative.getName(i).toString();
      Optional<LawLevel> level = LawLevel.fromLabel(name);
      if (level.isPresent()) {
        Optional<String> region =
            level.get() == LawLevel.LOCAL_REGULATION && i + 1 < folders
                ? Optional.of(relative.getName(i + 1).toString())
                : Optional.empty();
        return new FolderLevel(level.get(), region);
      }
    }
    return new FolderLevel(LawLevel.LAW, Optional.empty());
  }
}
