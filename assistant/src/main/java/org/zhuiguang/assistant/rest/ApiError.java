package org.zhuiguang.assistant.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every error: {@code {"error", "detail"}}. */
public record ApiError(String error, String detail) {

  public static Response response(int status, String error, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(error, detail))
        .build();
  }
}
