package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhuiguang.assistant.library.IndexJob;
import org.zhuiguang.assistant.library.IndexedLibrary;
import org.zhuiguang.assistant.library.InvalidStatuteException;
import org.zhuiguang.assistant.opinion.Role;
import org.zhuiguang.assistant.security.ApiException;
import org.zhuiguang.assistant.security.Guard;
import org.zhuiguang.assistant.service.LibraryService;
import org.zhuiguang.indexer.index.IndexBusyException;
import org.zhuiguang.indexer.index.IndexManifest;
import org.zhuiguang.indexer.search.SearchMode;
import org.zhuiguang.indexer.search.SearcherStatus;

/** Index status and re-indexing while the service answers (maintainers). */
@Path("/api/index")
@Tag(name = "index", description = "index status, re-scan and statute upload")
public class IndexResource {

  private final LibraryService library;

  private final Guard guard;

  public IndexResource(LibraryService library, Guard guard) {
    this.library = library;
    this.guard = guard;
  }

  /** Re-indexing needs the maintainer role; every attempt is audited, refusals included. */
  static final Set<Role> REINDEX = EnumSet.of(Role.MAINTAINER);

  private Response reindex(String action, String target, Supplier<IndexJob> start) {
    return guard.act(
        action,
        target,
        REINDEX,
        (caller, t) -> {
          try {
            IndexJob job = start.get();
            t.set(target + " job/" + job.id());
            return accepted(job);
          } catch (BadRequestException e) {
            throw new ApiException(400, "bad_request", e.getMessage());
          } catch (IndexBusyException e) {
            throw new ApiException(409, "index_busy", e.getMessage());
          } catch (InvalidStatuteException e) {
            throw new ApiException(422, "not_a_statute", e.getMessage());
          }
        });
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The generation served, its counts, searchable modes and the running job")
  public Map<String, Object> status() {
    Map<String, Object> json = new LinkedHashMap<>();
    Optional<IndexedLibrary> lib = library.library();
    if (lib.isPresent()) {
      SearcherStatus status = lib.get().status();
      IndexManifest m = status.manifest();
      json.put("generation", m.generation());
      json.put("laws", m.laws());
      json.put("articles", m.articlesInForce());
      Map<String, Object> vectors = new LinkedHashMap<>();
      vectors.put("embedded", m.vectors() == IndexManifest.Vectors.COMPLETE ? m.documents() : 0);
      vectors.put("total", m.documents());
      json.put("vectors", vectors);
      json.put("modes", status.modes().stream().sorted().map(SearchMode::label).toList());
      status.note().ifPresent(n -> json.put("note", n));
    } else {
      json.put("generation", null);
      json.put("laws", 0);
      json.put("articles", 0);
      json.put("vectors", Map.of("embedded", 0, "total", 0));
      json.put("modes", List.of());
    }
    json.put("job", library.maintenance().current().map(IndexResource::job).orElse(null));
    library.maintenance().latest().ifPresent(j -> json.put("last_job", job(j)));
    return json;
  }

  @POST
  @Path("/jobs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Starts a job (maintainers only): {\"action\": \"rescan\"}; 409 while another job runs")
  public Response startJob(JsonNode body) {
    return reindex(
        "index.rescan",
        "index",
        () -> {
          if (body == null || !body.isObject()) {
            throw new BadRequestException("send {\"action\": \"rescan\"}");
          }
          JsonNode action = body.get("action");
          if (action == null || !action.isTextual() || !action.textValue().equals("rescan")) {
            throw new BadRequestException("the only action is \"rescan\"");
          }
          return library.maintenance().rescan();
        });
  }

  @POST
  @Path("/laws")
  @Consumes({"text/markdown", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Uploads one statute file (corpus Markdown or plain text) and indexes it",
      description =
          "Maintainers only. ?name=FILE.md optional; 202 with the job, 409 while another job runs, 422 when"
              + " the file is not a statute the parser can read.")
  public Response upload(
      byte[] body,
      @QueryParam("name") String name,
      @jakarta.ws.rs.HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
    Optional<String> fileName = Optional.ofNullable(name).filter(n -> !n.isBlank());
    return reindex(
        "index.upload",
        "law/" + fileName.orElse("(from its title)"),
        () -> {
          if (body == null || body.length == 0) {
            throw new BadRequestException("the body is empty; send the statute file");
          }
          boolean markdown =
              contentType != null
                  && contentType.toLowerCase(Locale.ROOT).startsWith("text/markdown");
          return library.maintenance().upload(body, markdown, fileName);
        });
  }

  @GET
  @Path("/jobs/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A job's state and progress")
  public Map<String, Object> job(@PathParam("id") String id) {
    return library
        .job(id)
        .map(IndexResource::job)
        .orElseThrow(() -> new NotFoundException("no job " + id));
  }

  private static Response accepted(IndexJob job) {
    return Response.accepted(Map.of("job", job(job))).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  static Map<String, Object> job(IndexJob job) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", job.id());
    json.put("action", job.action());
    json.put("state", job.state().label());
    json.put("progress", job.progress());
    json.put("message", job.message());
    return json;
  }
}
