package dev.ferrum.driver.configdrive.internal;

import com.github.stephenc.javaisotools.iso9660.ConfigException;
import com.github.stephenc.javaisotools.iso9660.ISO9660Directory;
import com.github.stephenc.javaisotools.iso9660.ISO9660File;
import com.github.stephenc.javaisotools.iso9660.ISO9660RootDirectory;
import com.github.stephenc.javaisotools.iso9660.impl.CreateISO;
import com.github.stephenc.javaisotools.iso9660.impl.ISO9660Config;
import com.github.stephenc.javaisotools.iso9660.impl.ISOImageFileHandler;
import com.github.stephenc.javaisotools.joliet.impl.JolietConfig;
import com.github.stephenc.javaisotools.rockridge.impl.RockRidgeConfig;
import com.github.stephenc.javaisotools.sabre.HandlerException;
import com.github.stephenc.javaisotools.sabre.impl.ByteArrayDataReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes an ISO 9660 image (Rock Ridge + Joliet) from an in-memory file tree with the {@code
 * iso9660-writer} settings verified to produce a drive {@code isoinfo}, {@code bsdtar} and {@code
 * blkid} read as {@code genisoimage} would have written it (see the project's java-stack notes).
 */
public final class IsoImageWriter {

  private IsoImageWriter() {}

  /**
   * Writes the image.
   *
   * @param files drive-relative paths ({@code a/b/c}) to contents
   * @param volumeId the volume label ({@code config-2})
   * @param publisher the publisher field
   * @param mtime the modification time stamped on every file, epoch milliseconds
   * @param scratch a directory for the temporary image file
   * @return the image bytes
   * @throws IOException if the image cannot be written
   */
  public static byte[] write(
      SortedMap<String, byte[]> files, String volumeId, String publisher, long mtime, Path scratch)
      throws IOException {
    ISO9660RootDirectory root = new ISO9660RootDirectory();
    Map<String, ISO9660Directory> dirs = new HashMap<>();
    try {
      for (Map.Entry<String, byte[]> entry : files.entrySet()) {
        String path = entry.getKey();
        int slash = path.lastIndexOf('/');
        ISO9660Directory dir = slash < 0 ? root : directory(root, dirs, path.substring(0, slash));
        dir.addFile(
            new ISO9660File(
                new ByteArrayDataReference(entry.getValue()), path.substring(slash + 1), mtime));
      }
      Path image = Files.createTempFile(scratch, "config-drive-", ".iso");
      try {
        new CreateISO(new ISOImageFileHandler(image.toFile()), root)
            .process(isoConfig(volumeId, publisher), rockRidge(), joliet(volumeId), null);
        return Files.readAllBytes(image);
      } finally {
        Files.deleteIfExists(image);
      }
    } catch (HandlerException | ConfigException e) {
      throw new IOException("ISO 9660 writer failed: " + e.getMessage(), e);
    }
  }

  private static ISO9660Directory directory(
      ISO9660RootDirectory root, Map<String, ISO9660Directory> dirs, String path) {
    ISO9660Directory known = dirs.get(path);
    if (known != null) {
      return known;
    }
    int slash = path.lastIndexOf('/');
    ISO9660Directory parent = slash < 0 ? root : directory(root, dirs, path.substring(0, slash));
    ISO9660Directory created = parent.addDirectory(path.substring(slash + 1));
    dirs.put(path, created);
    return created;
  }

  private static ISO9660Config isoConfig(String volumeId, String publisher) throws ConfigException {
    ISO9660Config iso = new ISO9660Config();
    iso.allowASCII(true); // before setVolumeID, else the label becomes CONFIG_2
    iso.setInterchangeLevel(2); // level 3 is rejected by this writer
    iso.restrictDirDepthTo8(true);
    iso.setVolumeID(volumeId);
    iso.setPublisher(publisher);
    iso.forceDotDelimiter(false);
    return iso;
  }

  private static RockRidgeConfig rockRidge() {
    RockRidgeConfig rr = new RockRidgeConfig();
    rr.setMkisofsCompatibility(true);
    rr.hideMovedDirectoriesStore(true);
    rr.forcePortableFilenameCharacterSet(false);
    return rr;
  }

  private static JolietConfig joliet(String volumeId) throws ConfigException {
    JolietConfig joliet = new JolietConfig();
    joliet.setVolumeID(volumeId);
    joliet.forceDotDelimiter(false);
    return joliet;
  }
}
