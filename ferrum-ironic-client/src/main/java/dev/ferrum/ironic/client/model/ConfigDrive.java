package dev.ferrum.ironic.client.model;

import java.util.Map;
import java.util.Objects;

/**
 * The config drive sent with a deploy or rebuild: either an encoded image or, from 1.56, the
 * structured contents Ironic builds the image from.
 *
 * <p>Sealed so the client knows which form it sends and can require 1.56 for the structured one
 * before sending. Both forms may hold secrets (user data, admin passwords): {@code toString()}
 * never prints the contents.
 */
public sealed interface ConfigDrive permits ConfigDrive.Encoded, ConfigDrive.Structured {

  /** A gzipped, base64-encoded ISO (or a URL to one), sent as a JSON string. */
  static ConfigDrive encoded(String value) {
    return new Encoded(value);
  }

  /** Structured contents, sent as a JSON object (needs 1.56). */
  static ConfigDrive structured(Map<String, Object> contents) {
    return new Structured(contents);
  }

  /**
   * The encoded form.
   *
   * @param value base64 of a gzipped ISO, or a URL
   */
  record Encoded(String value) implements ConfigDrive {
    /** Requires a non-empty value. */
    public Encoded {
      Objects.requireNonNull(value, "value");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("an encoded config drive must not be empty");
      }
    }

    @Override
    public String toString() {
      return "ConfigDrive.Encoded[" + value.length() + " chars]";
    }
  }

  /**
   * The structured form: {@code meta_data}, {@code user_data}, {@code network_data}, {@code
   * vendor_data}.
   *
   * @param contents the config drive's contents
   */
  record Structured(Map<String, Object> contents) implements ConfigDrive {
    /** Copies the map (values may be {@code null}, so not {@link Map#copyOf}). */
    public Structured {
      Objects.requireNonNull(contents, "contents");
      contents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contents));
    }

    @Override
    public String toString() {
      return "ConfigDrive.Structured" + contents.keySet();
    }
  }
}
