package org.zhuiguang.assistant.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.answer.AnswerService;
import org.zhuiguang.assistant.library.IndexedLibrary;
import org.zhuiguang.assistant.service.LibraryService;
import org.zhuiguang.corpus.StatuteArticle;
import org.zhuiguang.indexer.search.SearchHit;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearchRequest;

/** {@code GET /api/search}: ranked articles, the JSON of {@code ./zg search --json}. */
@Path("/api/search")
@Tag(name = "search", description = "statute search")
public class SearchResource {

  static final int MAX_K = 100;

  private final LibraryService library;

  public SearchResource(LibraryService library) {
    this.library = library;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Searches the statutes: q, k (1-100), mode (bm25|dense|hybrid), date")
  public Map<String, Object> search(
      @QueryParam("q") String q,
      @QueryParam("k") @DefaultValue("10") String k,
      @QueryParam("mode") @DefaultValue("hybrid") String mode,
      @QueryParam("date") String date) {
    String query = AnswerService.checkQuestion(q);
    int n;
    try {
      n = Integer.parseInt(k.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("k must be a whole number from 1 to " + MAX_K);
    }
    if (n < 1 || n > MAX_K) {
      throw new BadRequestException("k must be from 1 to " + MAX_K);
    }
    SearchMode requested;
    try {
      requested = SearchMode.fromLabel(mode);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("mode must be bm25, dense or hybrid");
    }
    Optional<LocalDate> day = Optional.empty();
    if (date != null && !date.isBlank()) {
      try {
        day = Optional.of(LocalDate.parse(date.strip()));
      } catch (DateTimeParseException e) {
        throw new BadRequestException("date must be YYYY-MM-DD");
      }
    }
    IndexedLibrary lib = library.opened();
    SearchMode effective = lib.searcher().effectiveMode(requested);
    List<SearchHit> hits =
        lib.get()
            .searcher()
            .search(new SearchRequest(query, n, effective, day, Set.of(), Set.of()));
    List<Map<String, Object>> results = new ArrayList<>();
    for (SearchHit hit : hits) {
      StatuteArticle a = hit.article();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("law", a.law());
      row.put("article", a.number().number());
      if (a.number().suffix() > 0) {
        row.put("suffix", a.number().suffix());
      }
      row.put("version", a.version().toString());
      row.put("level", hit.level().label());
      row.put("score", hit.score());
      row.put("text", a.text());
      results.add(row);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mode", effective.label());
    json.put("results", results);
    return json;
  }
}
