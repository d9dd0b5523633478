package org.zhuiguang.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhuiguang.corpus.ChineseNumerals;
import org.zhuiguang.corpus.Corpus;
import org.zhuiguang.corpus.cite.Citation;
import org.zhuiguang.corpus.cite.CitationResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zg cite "文本"}: finds statute citations in a text and resolves each, or says it cannot. */
@Command(
    name = "cite",
    mixinStandardHelpOptions = true,
    description =
        "Finds statute citations in a text and resolves each to an article, or says it cannot.")
public final class CiteCommand implements Runnable {

  @Spec CommandSpec spec;
  @Mixin CorpusOption corpusOption;

  @Parameters(index = "0", paramLabel = "文本", description = "the text to scan for citations")
  String text;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (text == null || text.isBlank()) {
      throw new UsageException("the text is empty");
    }
    var corpusDir = corpusOption.corpus();
    Settings.of("cite").with("corpus", corpusDir).with("json", json).log(err);
    Corpus corpus = CorpusOption.readCorpus(corpusDir);
    List<Citation> citations = new CitationResolver(corpus).find(text);
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Citation c : citations) {
        rows.add(toJson(c));
      }
      out.println(Json.write(Map.of("citations", rows)));
    } else if (citations.isEmpty()) {
      out.println("no statute citation found");
    } else {
      for (Citation c : citations) {
        out.println(describe(c));
      }
    }
    out.flush();
  }

  static Map<String, Object> toJson(Citation c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("text", c.text());
    row.put("resolved", c.resolved());
    row.put("law", c.law().orElse(null));
    row.put("article", c.number().map(n -> n.number()).orElse(null));
    c.number().filter(n -> n.suffix() > 0).ifPresent(n -> row.put("suffix", n.suffix()));
    row.put("version", c.article().map(a -> a.version().toString()).orElse(null));
    c.unresolved().ifPresent(reason -> row.put("reason", reason.name().toLowerCase(Locale.ROOT)));
    return row;
  }

  private static String describe(Citation c) {
    if (c.resolved()) {
      var a = c.article().orElseThrow();
      return String.format(
          Locale.ROOT,
          "%s -> 《%s》%s%s (%s)%n    %s",
          c.text(),
          a.law(),
          a.number().toChinese(),
          c.paragraph().isPresent()
              ? "第" + ChineseNumerals.toChinese(c.paragraph().getAsInt()) + "款"
              : "",
          a.version(),
          a.text().replace("\n", "\n    "));
    }
    String named = c.law().or(c::lawAsWritten).map(law -> "《" + law + "》").orElse("");
    return String.format(
        Locale.ROOT,
        "%s -> not resolved (%s%s): %s",
        c.text(),
        named,
        c.number().map(n -> n.toChinese()).orElse(""),
        c.unresolved().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("unknown"));
  }
}
