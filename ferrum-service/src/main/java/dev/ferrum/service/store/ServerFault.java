package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a server went to ERROR, as Nova's {@code fault} shows it: the message to everyone who may see
 * the server, the details to admins only (Nova's rule), never a traceback.
 *
 * @param code an HTTP-like code (500 for failures)
 * @param message a short, user-safe message: no node UUIDs, Ironic request lines or request ids
 * @param details the full explanation for admins (it may name nodes and quote Ironic), or {@code
 *     null}
 * @param createdAt when the fault was recorded
 */
public record ServerFault(int code, String message, String details, Instant createdAt) {
  /** Validates the fields. */
  public ServerFault {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
