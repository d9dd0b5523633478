package org.zhuiguang.corpus.collection;

/**
 * Removes HTML comments ({@code <!-- ... -->}) from lines read in order, including comments that
 * span several lines. One instance per file.
 */
final class CommentStripper {

  private static final String OPEN = "<!--";
  private static final String CLOSE = "-->";

  private boolean inComment;

  /** The line without its comment parts. */
  String strip(String line) {
    if (!inComment && line.indexOf(OPEN) < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      if (inComment) {
        int close = line.indexOf(CLOSE, i);
        if (close < 0) {
          return out.toString();
        }
        inComment = false;
        i = close + CLOSE.length();
      } else {
        int open = line.indexOf(OPEN, i);
        if (open < 0) {
          out.append(line, i, line.length());
          break;
        }
        out.append(line, i, open);
        inComment = true;
        i = open + OPEN.length();
      }
    }
    return out.toString();
  }
}
