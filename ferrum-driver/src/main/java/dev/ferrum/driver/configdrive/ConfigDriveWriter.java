package dev.ferrum.driver.configdrive;

import dev.ferrum.driver.configdrive.internal.IsoImageWriter;
import dev.ferrum.driver.configdrive.internal.MetadataDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces the {@code configdrive} value of an Ironic deploy or rebuild request from a {@link
 * ConfigDriveContent}: either Nova's form (ISO 9660 image labelled {@code config-2}, gzipped, then
 * base64 text) or Ironic's JSON object form (API 1.56+). Which one to send is the caller's choice;
 * both carry the same content. The writer enforces a size limit so that an oversized drive fails
 * here with a clear error instead of in the deploy ramdisk.
 *
 * <p>Instances are immutable and thread-safe. Nothing from the drive is ever logged.
 */
public final class ConfigDriveWriter {

  /** The volume label guests look for. */
  public static final String VOLUME_LABEL = "config-2";

  /**
   * Default limit on the uncompressed image (and on the JSON form's size): 64 MiB, the largest
   * config drive Ironic's deploy ramdisk writes to a partition and the size of Nova's vfat drive.
   */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ConfigDriveWriter.class);

  private final String publisher;
  private final long maxBytes;
  private final Path scratchDirectory;

  /**
   * Creates a writer.
   *
   * @param publisher the ISO publisher field, conventionally {@code "<product> <version>"}
   * @param maxBytes the largest image (or JSON document) accepted, in bytes
   * @param scratchDirectory where the temporary image file is written
   */
  public ConfigDriveWriter(String publisher, long maxBytes, Path scratchDirectory) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.scratchDirectory = Objects.requireNonNull(scratchDirectory, "scratchDirectory");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  /**
   * A writer with the default limit, writing its scratch file to the system temp directory.
   *
   * @param publisher the ISO publisher field
   * @return the writer
   */
  public static ConfigDriveWriter withDefaults(String publisher) {
    return new ConfigDriveWriter(
        publisher, DEFAULT_MAX_BYTES, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * Writes the ISO 9660 image (Rock Ridge + Joliet, label {@code config-2}).
   *
   * @param content the drive content
   * @return the raw image bytes
   * @throws ConfigDriveTooLargeException if the image exceeds the limit
   * @throws ConfigDriveWriteException if the image cannot be written
   */
  public byte[] isoImage(ConfigDriveContent content) {
    Objects.requireNonNull(content, "content");
    var files = ConfigDriveLayout.files(content);
    long payload = files.values().stream().mapToLong(b -> b.length).sum();
    if (payload > maxBytes) {
      throw new ConfigDriveTooLargeException("content", payload, maxBytes);
    }
    byte[] image;
    try {
      image =
          IsoImageWriter.write(
              files, VOLUME_LABEL, publisher, System.currentTimeMillis(), scratchDirectory);
    } catch (IOException e) {
      throw new ConfigDriveWriteException("cannot write config drive image", e);
    }
    if (image.length > maxBytes) {
      throw new ConfigDriveTooLargeException("ISO 9660 image", image.length, maxBytes);
    }
    LOG.debug("Built config drive image: {} files, {} bytes", files.size(), image.length);
    return image;
  }

  /**
   * The string form Nova sends: base64 (standard alphabet, no line breaks) of the gzipped image.
   *
   * @param content the drive content
   * @return the {@code configdrive} text
   * @throws ConfigDriveTooLargeException if the image exceeds the limit
   * @throws ConfigDriveWriteException if the image cannot be written
   */
  public String ironicString(ConfigDriveContent content) {
    byte[] image = isoImage(content);
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream(image.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(image);
    } catch (IOException e) {
      throw new ConfigDriveWriteException("cannot compress config drive image", e);
    }
    return Base64.getEncoder().encodeToString(gzipped.toByteArray());
  }

  /**
   * The JSON object form Ironic accepts from API 1.56: {@code meta_data} (as in {@code latest}),
   * {@code network_data}, {@code user_data} (text, only when present) and {@code vendor_data}.
   * Ironic builds the image itself.
   *
   * @param content the drive content
   * @return an ordered JSON-compatible tree, ready to serialise as the {@code configdrive} value
   * @throws ConfigDriveContentException if the content has injected files or a network template
   *     (this form cannot carry them) or user data that is not UTF-8 text
   * @throws ConfigDriveTooLargeException if the serialised document exceeds the limit
   */
  public Map<String, Object> ironicJson(ConfigDriveContent content) {
    Objects.requireNonNull(content, "content");
    if (!content.injectedFiles().isEmpty() || content.networkTemplate().isPresent()) {
      throw new ConfigDriveContentException(
          "injected files cannot be carried by Ironic's JSON config drive; use the ISO form");
    }
    Map<String, Object> drive = new LinkedHashMap<>();
    drive.put("meta_data", MetadataDocuments.metaData(content, MetadataVersions.LATEST));
    drive.put("network_data", MetadataDocuments.networkData(content.networkData()));
    if (content.hasUserData()) {
      drive.put("user_data", utf8(content.userData()));
    }
    drive.put("vendor_data", content.vendorData().staticData());
    long size = ConfigDriveLayout.json(drive).length;
    if (size > maxBytes) {
      throw new ConfigDriveTooLargeException("JSON document", size, maxBytes);
    }
    return drive;
  }

  /**
   * The JSON object form serialised to text.
   *
   * @param content the drive content
   * @return the JSON text of {@link #ironicJson(ConfigDriveContent)}
   */
  public String ironicJsonText(ConfigDriveContent content) {
    return new String(ConfigDriveLayout.json(ironicJson(content)), StandardCharsets.UTF_8);
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigDriveContentException(
          "user data is not UTF-8 text and cannot be sent in Ironic's JSON config drive; use the"
              + " ISO form");
    }
  }

  @Override
  public String toString() {
    return "ConfigDriveWriter[publisher=" + publisher + ", maxBytes=" + maxBytes + "]";
  }
}
