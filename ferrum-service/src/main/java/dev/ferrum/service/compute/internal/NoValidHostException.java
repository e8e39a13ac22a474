package dev.ferrum.service.compute.internal;

import dev.ferrum.service.ConflictException;

/**
 * No node fits the request (or every fitting node was taken). Nova's {@code NoValidHost}; the build
 * ends in ERROR with this message as its fault.
 */
public final class NoValidHostException extends ConflictException {
  /** Nova's message. */
  public static final String MESSAGE =
      "No valid host was found. There are not enough hosts available.";

  /** Creates the exception with Nova's message. */
  public NoValidHostException() {
    super(MESSAGE);
  }
}
