package dev.ferrum.ironic.client.model;

import java.util.Objects;

/**
 * One RFC 6902 operation of a JSON patch sent to {@code PATCH /v1/nodes/{id}} (and the other
 * resources' PATCH).
 *
 * <p>Sealed and typed so a patch cannot be malformed: only the three operations Ironic accepts
 * exist, and a path must be a JSON pointer. Values are serialised with Jackson; {@code null}
 * becomes JSON {@code null}.
 */
public sealed interface PatchOperation
    permits PatchOperation.Add, PatchOperation.Replace, PatchOperation.Remove {

  /** The JSON pointer the operation targets, e.g. {@code /instance_info/image_source}. */
  String path();

  /** The RFC 6902 {@code op} name. */
  String op();

  /** Adds {@code value} at {@code path}. */
  static PatchOperation add(String path, Object value) {
    return new Add(path, value);
  }

  /** Replaces the value at {@code path}. */
  static PatchOperation replace(String path, Object value) {
    return new Replace(path, value);
  }

  /** Removes the value at {@code path}. */
  static PatchOperation remove(String path) {
    return new Remove(path);
  }

  /**
   * Builds a JSON pointer from raw segments, escaping {@code ~} and {@code /} as RFC 6901 says:
   * {@code pointer("instance_info", "a/b")} is {@code /instance_info/a~1b}.
   */
  static String pointer(String... segments) {
    StringBuilder sb = new StringBuilder();
    for (String s : segments) {
      Objects.requireNonNull(s, "segment");
      sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  private static String checkPath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a JSON pointer starts with '/': '" + path + "'");
    }
    return path;
  }

  /**
   * {@code {"op":"add","path":...,"value":...}}.
   *
   * @param path the JSON pointer
   * @param value the value, may be {@code null}
   */
  record Add(String path, Object value) implements PatchOperation {
    /** Checks the path. */
    public Add {
      checkPath(path);
    }

    @Override
    public String op() {
      return "add";
    }
  }

  /**
   * {@code {"op":"replace","path":...,"value":...}}.
   *
   * @param path the JSON pointer
   * @param value the value, may be {@code null}
   */
  record Replace(String path, Object value) implements PatchOperation {
    /** Checks the path. */
    public Replace {
      checkPath(path);
    }

    @Override
    public String op() {
      return "replace";
    }
  }

  /**
   * {@code {"op":"remove","path":...}}.
   *
   * @param path the JSON pointer
   */
  record Remove(String path) implements PatchOperation {
    /** Checks the path. */
    public Remove {
      checkPath(path);
    }

    @Override
    public String op() {
      return "remove";
    }
  }
}
