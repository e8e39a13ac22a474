package dev.ferrum.driver.configdrive;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file the user asked to have injected ("personality"), placed under {@code
 * openstack/content/NNNN} and listed in {@code meta_data.json}'s {@code files}. Contents may hold
 * credentials, so {@link #toString()} shows only the path and size.
 *
 * @param path the path the guest should write the file to
 * @param contents the raw contents (copied on the way in and out)
 */
public record InjectedFile(String path, byte[] contents) {

  /** Validates and copies the components. */
  public InjectedFile {
    Objects.requireNonNull(path, "path");
    contents = Objects.requireNonNull(contents, "contents").clone();
  }

  /**
   * The contents.
   *
   * @return a copy of the contents
   */
  @Override
  public byte[] contents() {
    return contents.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InjectedFile that
        && path.equals(that.path)
        && Arrays.equals(contents, that.contents);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(contents);
  }

  @Override
  public String toString() {
    return "InjectedFile[path=" + path + ", contents=<" + contents.length + " bytes>]";
  }
}
