package dev.ferrum.service.store;

import java.util.Locale;

/** Glance's image visibility values, an enum so that a typo cannot make an image public. */
public enum ImageVisibility {
  /** Everyone sees and uses it. */
  PUBLIC,
  /** Only the owner project. */
  PRIVATE,
  /** The owner and its members (members are not modelled yet, so: the owner). */
  SHARED,
  /** Everyone may use it, it is just not listed by default in Glance. */
  COMMUNITY;

  /**
   * Returns the Glance wire value.
   *
   * @return e.g. {@code public}
   */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a Glance wire value.
   *
   * @param value e.g. {@code private}
   * @return the visibility
   * @throws IllegalArgumentException for an unknown value
   */
  public static ImageVisibility fromWire(String value) {
    for (ImageVisibility v : values()) {
      if (v.wireValue().equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown visibility: " + value);
  }
}
