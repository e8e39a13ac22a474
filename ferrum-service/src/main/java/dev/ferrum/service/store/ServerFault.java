package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a server went to ERROR, as Nova's {@code fault} shows it. Details are a user-safe
 * explanation, never a traceback.
 *
 * @param code an HTTP-like code (500 for failures)
 * @param message a short message
 * @param details longer explanation, or {@code null}
 * @param createdAt when the fault was recorded
 */
public record ServerFault(int code, String message, String details, Instant createdAt) {
  /** Validates the fields. */
  public ServerFault {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
