package dev.ferrum.ironic.simulator.internal;

/**
 * Root of the errors a route raises to answer the client with Ironic's error envelope (shape A:
 * {@code {"error_message": "<JSON string with faultcode, faultstring, debuginfo>"}}).
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  ApiException(int status, String faultstring) {
    super(faultstring, null, false, false);
    this.status = status;
  }

  /**
   * Returns the HTTP status to answer.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the faultstring.
   *
   * @return the human-readable message
   */
  public String faultstring() {
    return getMessage();
  }

  static ApiException badRequest(String message) {
    return new BadRequest(message);
  }

  static ApiException notFound(String message) {
    return new NotFound(message);
  }

  static ApiException conflict(String message) {
    return new Conflict(message);
  }

  static ApiException notAcceptable(String message) {
    return new NotAcceptable(message);
  }

  static ApiException nodeNotFound(String node) {
    return new NotFound("Node " + node + " could not be found.");
  }

  static ApiException nodeLocked(String uuid, String host) {
    return new NodeLocked(
        "Node "
            + uuid
            + " is locked by host "
            + host
            + ", please retry after the current operation is completed.");
  }

  static ApiException invalidState(String action, String uuid, String state) {
    return new BadRequest(
        "The requested action \""
            + action
            + "\" can not be performed on node \""
            + uuid
            + "\" while it is in state \""
            + state
            + "\".");
  }

  static ApiException minVersion(int minor) {
    return new NotAcceptable(
        "Request not acceptable. The minimal required API version should be 1." + minor);
  }

  /** 400: the request is malformed or not allowed now. */
  public static final class BadRequest extends ApiException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(400, message);
    }
  }

  /** 404: the resource does not exist. */
  public static final class NotFound extends ApiException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(404, message);
    }
  }

  /** 409: a conflict (duplicate, association, node lock). */
  public static final class Conflict extends ApiException {
    private static final long serialVersionUID = 1L;

    Conflict(String message) {
      super(409, message);
    }
  }

  /** 409: the node is reserved by the conductor while an operation runs. */
  public static final class NodeLocked extends ApiException {
    private static final long serialVersionUID = 1L;

    NodeLocked(String message) {
      super(409, message);
    }
  }

  /** 406: the negotiated microversion does not allow this request. */
  public static final class NotAcceptable extends ApiException {
    private static final long serialVersionUID = 1L;

    NotAcceptable(String message) {
      super(406, message);
    }
  }

  /** Any other status, e.g. an injected 503 or the server error Ironic gives for bad fields. */
  public static final class Other extends ApiException {
    private static final long serialVersionUID = 1L;

    Other(int status, String message) {
      super(status, message);
    }
  }

  /**
   * 406 from version negotiation, rendered in Ironic's other envelope (shape B: {@code code},
   * {@code title}, {@code description}).
   */
  public static final class VersionNotAcceptable extends ApiException {
    private static final long serialVersionUID = 1L;

    VersionNotAcceptable(int status, String description) {
      super(status, description);
    }
  }
}
