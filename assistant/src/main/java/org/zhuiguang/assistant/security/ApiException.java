package org.zhuiguang.assistant.security;

/**
 * A refusal with its status: 400 bad input, 401 no credentials, 403 role or authorship, 404 not
 * visible, 409 status does not allow it. Mapped to the JSON error body; audited by {@link Guard}.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  public ApiException(int status, String error, String detail) {
    super(detail);
    this.status = status;
    this.error = error;
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what + " does not exist or is not visible to you");
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "bad_request", detail);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  /** The audit outcome of this refusal, e.g. {@code denied 403}. */
  public String outcome() {
    return switch (status) {
      case 401, 403, 404 -> "denied " + status;
      case 409 -> "conflict 409";
      default -> "refused " + status;
    };
  }
}
