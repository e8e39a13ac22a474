package dev.ferrum.cli.api;

import java.util.Objects;

/**
 * A server named by id and name only, as brief lists and hypervisors carry it.
 *
 * @param id the server uuid
 * @param name its name
 */
public record ServerRef(String id, String name) {

  /** Checks for nulls. */
  public ServerRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
