package org.zhuiguang.corpus.collection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhuiguang.corpus.ChineseNumerals;

/**
 * The dates of a statute's history lines (e.g. {@code 2020年5月28日 第十三届全国人民代表大会第三次会议通过}, {@code
 * 2021年1月1日 施行}).
 *
 * @param lines the history lines that carry a date, as written
 * @param latest the latest date of any history line
 * @param promulgated the latest date of an adoption, amendment or publication
 * @param effective the latest date followed by 施行 or 生效
 */
record HistoryDates(
    List<String> lines,
    Optional<LocalDate> latest,
    Optional<LocalDate> promulgated,
    Optional<LocalDate> effective) {

  private static final String DIGIT = "[0-9０-９]";
  private static final String SPACE = "[\\s\\u3000\\u00a0]*";
  private static final Pattern DATE =
      Pattern.compile(
          "(" + DIGIT + "{4})" + SPACE + "年" + SPACE + "(" + DIGIT + "{1,2})" + SPACE + "月" + SPACE
              + "(" + DIGIT + "{1,2})" + SPACE + "日");

  HistoryDates {
    lines = List.copyOf(lines);
  }

  /** Reads the dates of the header lines (titles and comments already removed). */
  static HistoryDates read(List<String> headerLines) {
    List<String> dated = new ArrayList<>();
    LocalDate latest = null;
    LocalDate promulgated = null;
    LocalDate effective = null;
    for (String line : headerLines) {
      Matcher m = DATE.matcher(line);
      boolean any = false;
      int from = 0;
      LocalDate pending = null;
      while (true) {
        boolean found = m.find(from);
        if (pending != null) {
          String after = line.substring(from, found ? m.start() : line.length());
          if (after.contains("施行") || after.contains("生效")) {
            effective = max(effective, pending);
          } else {
            promulgated = max(promulgated, pending);
          }
          latest = max(latest, pending);
          pending = null;
        }
        if (!found) {
          break;
        }
        from = m.end();
        Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
        if (date.isPresent()) {
          pending = date.get();
          any = true;
        }
      }
      if (any) {
        dated.add(line);
      }
    }
    return new HistoryDates(
        dated,
        Optional.ofNullable(latest),
        Optional.ofNullable(promulgated),
        Optional.ofNullable(effective));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    OptionalInt y = ChineseNumerals.parse(year);
    OptionalInt mo = ChineseNumerals.parse(month);
    OptionalInt d = ChineseNumerals.parse(day);
    if (y.isEmpty() || mo.isEmpty() || d.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y.getAsInt(), mo.getAsInt(), d.getAsInt()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
