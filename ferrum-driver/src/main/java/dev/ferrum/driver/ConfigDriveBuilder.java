package dev.ferrum.driver;

import dev.ferrum.driver.configdrive.ConfigDriveContent;
import dev.ferrum.driver.configdrive.ConfigDriveWriter;
import dev.ferrum.ironic.client.model.ConfigDrive;
import java.util.Objects;

/**
 * Turns config-drive content into the value sent to Ironic.
 *
 * <p>Exists as a seam so embedders can build drives differently (e.g. with {@code genisoimage}) and
 * tests can capture the content; {@link #using(ConfigDriveWriter)} is the standard implementation.
 * Failures should be {@link dev.ferrum.driver.configdrive.ConfigDriveException}s; they fail the
 * build.
 */
@FunctionalInterface
public interface ConfigDriveBuilder {

  /**
   * Builds the drive.
   *
   * @param content what the drive publishes (contains secrets: never log it)
   * @param structured {@code true} for Ironic's JSON form (API 1.56+), {@code false} for Nova's
   *     gzip+base64 ISO string
   * @return the value of the {@code configdrive} field
   */
  ConfigDrive build(ConfigDriveContent content, boolean structured);

  /** The standard builder over {@code writer}. */
  static ConfigDriveBuilder using(ConfigDriveWriter writer) {
    Objects.requireNonNull(writer, "writer");
    return (content, structured) ->
        structured
            ? ConfigDrive.structured(writer.ironicJson(content))
            : ConfigDrive.encoded(writer.ironicString(content));
  }
}
