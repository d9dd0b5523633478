package org.zhuiguang.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.zhuiguang.assistant.answer.Answer;
import org.zhuiguang.assistant.answer.AnswerJson;
import org.zhuiguang.assistant.answer.AnswerService;
import org.zhuiguang.assistant.answer.AnswerSettings;
import org.zhuiguang.assistant.answer.InvalidQuestionException;
import org.zhuiguang.assistant.library.IndexedLibrary;
import org.zhuiguang.assistant.library.QueryEncoders;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.indexer.index.IndexGenerations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zg ask "问题"}: answers a legal question in grounded mode, quoting the articles it relies
 * on. (LLM mode is the service's: {@code zg serve} with {@code ZG_LLM_BASE_URL}.)
 */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Answers a legal question with quoted, verified citations (grounded mode).")
public final class AskCommand implements Runnable {

  @Spec CommandSpec spec;
  @Mixin CorpusOption corpusOption;
  @Mixin IndexOption indexOption;

  @Parameters(index = "0", paramLabel = "问题", description = "the question, in plain Chinese")
  String question;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String q;
    try {
      q = AnswerService.checkQuestion(question);
    } catch (InvalidQuestionException e) {
      throw new UsageException(e.getMessage());
    }
    Path corpusDir = corpusOption.corpus();
    Path indexDir = indexOption.index();
    Settings.of("ask")
        .with("corpus", corpusDir)
        .with("index", indexDir)
        .with("mode", "grounded")
        .with("settings", AnswerSettings.DEFAULTS)
        .with("json", json)
        .log(err);
    try (Grounded assistant = grounded(indexDir, corpusDir)) {
      Answer answer = assistant.service().ask(q);
      if (json) {
        out.println(Json.write(AnswerJson.toMap(answer)));
      } else {
        out.println(answer.text());
        if (!answer.citations().isEmpty()) {
          out.println();
          out.println("引用：");
          for (StatuteArticle a : answer.citations()) {
            out.println(
                String.format(
                    Locale.ROOT, "  《%s》%s（%s 版）", a.law(), a.number().toChinese(), a.version()));
          }
        }
      }
      out.flush();
    }
  }

  /** The assistant in grounded mode over an index, for {@code ask} and {@code eval answers}. */
  record Grounded(IndexedLibrary library, AnswerService service) implements AutoCloseable {

    /** The {@code ask --json} object for a question. */
    ObjectNode json(String question) {
      return Json.mapper().valueToTree(AnswerJson.toMap(service.ask(question)));
    }

    @Override
    public void close() {
      try {
        library.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static Grounded grounded(Path indexDir, Path corpusDir) {
    if (!Files.exists(indexDir.resolve(IndexGenerations.POINTER))) {
      throw new IllegalStateException("no index at " + indexDir + "; run ./zg index build first");
    }
    try {
      IndexedLibrary library = IndexedLibrary.open(indexDir, corpusDir, QueryEncoders.of(true));
      AnswerService service =
          new AnswerService(library, Optional.empty(), AnswerSettings.DEFAULTS, Clock.systemUTC());
      return new Grounded(library, service);
    } catch (IOException e) {
      throw new IllegalStateException("cannot open the index: " + e.getMessage(), e);
    }
  }
}
