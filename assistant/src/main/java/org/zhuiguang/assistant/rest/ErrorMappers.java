package org.zhuiguang.assistant.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.zhuiguang.assistant.answer.InvalidQuestionException;
import org.zhuiguang.assistant.library.InvalidStatuteException;
import org.zhuiguang.assistant.service.IndexNotReadyException;
import org.zhuiguang.indexer.index.IndexBusyException;

/**
 * Turns every failure into a JSON error: bad input is a 4xx with the reason, a busy index 409, an
 * index not built yet 503, anything unexpected a 500 with an error id and no stack trace.
 */
public class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

  @ServerExceptionMapper
  public Response invalidQuestion(InvalidQuestionException e) {
    return ApiError.response(400, "invalid_question", e.getMessage());
  }

  @ServerExceptionMapper
  public Response invalidStatute(InvalidStatuteException e) {
    return ApiError.response(422, "not_a_statute", e.getMessage());
  }

  @ServerExceptionMapper
  public Response badRequest(BadRequestException e) {
    return ApiError.response(400, "bad_request", e.getMessage());
  }

  @ServerExceptionMapper
  public Response busy(IndexBusyException e) {
    return ApiError.response(409, "index_busy", e.getMessage());
  }

  @ServerExceptionMapper
  public Response notReady(IndexNotReadyException e) {
    return ApiError.response(503, "index_not_ready", e.getMessage());
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e) {
    return ApiError.response(
        400,
        "invalid_json",
        "the body is not valid JSON of the expected shape: " + e.getOriginalMessage());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e);
    }
    String error =
        switch (status) {
          case 404 -> "not_found";
          case 405 -> "method_not_allowed";
          case 406 -> "not_acceptable";
          case 413 -> "body_too_large";
          case 415 -> "unsupported_media_type";
          default -> "bad_request";
        };
    Throwable cause = e.getCause();
    String detail =
        cause instanceof JsonProcessingException j
            ? "the body is not valid JSON of the expected shape: " + j.getOriginalMessage()
            : e.getMessage();
    return ApiError.response(status, error, detail);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    String id = java.util.UUID.randomUUID().toString();
    LOG.errorf(e, "unexpected failure %s", id);
    return ApiError.response(500, "internal_error", "an unexpected error occurred; error id " + id);
  }
}
