package dev.ferrum.cli.api;

/**
 * A name that matches more than one resource, so the user must pass an id instead; named so the
 * message can list the candidates rather than pick one silently.
 */
public final class AmbiguousNameException extends NovaApiException {

  private static final long serialVersionUID = 1L;

  /** The error naming the resource kind, the name and how many matched. */
  public AmbiguousNameException(String kind, String name, int matches) {
    super(
        "More than one "
            + kind
            + " exists with the name '"
            + name
            + "' ("
            + matches
            + " matches); use the ID instead.",
        0,
        null);
  }
}
