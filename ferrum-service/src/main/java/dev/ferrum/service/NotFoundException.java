package dev.ferrum.service;

import java.util.Objects;

/**
 * A resource does not exist, or the caller may not see it. Both cases are one exception because
 * Nova answers both with 404: a member must not learn that another project's private resource
 * exists, and the stock client's name lookup only falls back on a 404.
 */
public class NotFoundException extends FerrumServiceException {
  private final String kind;
  private final String id;

  /**
   * Creates the exception with Nova's usual wording ("Flavor x could not be found.").
   *
   * @param kind the resource kind as users name it, e.g. {@code "Flavor"}
   * @param id the id or name that was asked for
   */
  public NotFoundException(String kind, String id) {
    super(Objects.requireNonNull(kind, "kind") + " " + id + " could not be found.");
    this.kind = kind;
    this.id = id;
  }

  /**
   * Returns the kind of resource that was missing.
   *
   * @return e.g. {@code "Flavor"}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the id or name that was asked for.
   *
   * @return the requested id
   */
  public String id() {
    return id;
  }
}
