package org.zhuiguang.assistant.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@link ApiException} as the JSON error body; 401 asks for Basic credentials. */
public class ApiExceptionMapper {

  @ServerExceptionMapper
  public Response refused(ApiException e) {
    Response.ResponseBuilder b =
        Response.status(e.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("error", e.error(), "detail", e.getMessage()));
    if (e.status() == 401) {
      b.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"zhuiguang\"");
    }
    return b.build();
  }
}
