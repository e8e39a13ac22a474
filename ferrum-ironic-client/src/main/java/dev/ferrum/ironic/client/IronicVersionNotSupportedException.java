package dev.ferrum.ironic.client;

import dev.ferrum.ironic.client.model.ApiVersion;
import dev.ferrum.ironic.client.model.Microversion;

/**
 * An operation needs a microversion the client cannot negotiate with this server; thrown before
 * anything is sent.
 *
 * <p>Exists so "this Ironic is too old (or capped too low) for what you ask" is explicit and names
 * the operation, the version it needs and the server's range, instead of surfacing later as a
 * puzzling 406 or a silently ignored field.
 */
public final class IronicVersionNotSupportedException extends IronicException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final transient Microversion required;
  private final transient ApiVersion serverRange;
  private final transient Microversion negotiated;

  /**
   * Creates the exception.
   *
   * @param operation the operation refused, e.g. {@code inject NMI}
   * @param required the microversion it needs
   * @param serverRange what the server supports
   * @param negotiated what the client would send (server max capped by client limits)
   */
  public IronicVersionNotSupportedException(
      String operation, Microversion required, ApiVersion serverRange, Microversion negotiated) {
    super(
        operation
            + " needs Ironic API "
            + required
            + " but only "
            + negotiated
            + " can be used (server supports "
            + serverRange
            + ")",
        0,
        null,
        null,
        null,
        null,
        null);
    this.operation = operation;
    this.required = required;
    this.serverRange = serverRange;
    this.negotiated = negotiated;
  }

  /** The refused operation. */
  public String operation() {
    return operation;
  }

  /** The microversion the operation needs. */
  public Microversion required() {
    return required;
  }

  /** The server's supported range. */
  public ApiVersion serverRange() {
    return serverRange;
  }

  /** The best microversion the client could use with this server. */
  public Microversion negotiated() {
    return negotiated;
  }
}
