package dev.ferrum.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data directory (the H2 database, the generated admin token) readable by the service's
 * user only: a directory Ferrum creates is {@code 0700}, every file it keeps there {@code 0600}.
 *
 * <p>A directory that already exists is the operator's (it may be a mount point, a shared parent,
 * or {@code --data-dir /tmp} by mistake), so its mode is never changed: when it is open to the
 * group or others a warning names it and the {@code chmod} that fixes it. Ferrum's own files in it
 * are made {@code 0600} either way. On file systems without POSIX permissions nothing is changed.
 */
public final class PrivateFiles {
  private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);

  /** {@code rwx------}. */
  private static final Set<PosixFilePermission> DIRECTORY_MODE =
      PosixFilePermissions.fromString("rwx------");

  /** {@code rw-------}. */
  private static final Set<PosixFilePermission> FILE_MODE =
      PosixFilePermissions.fromString("rw-------");

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private PrivateFiles() {}

  /**
   * Creates a directory (and its missing parents) with mode {@code 0700}; an existing one is left
   * as it is, with a warning when the group or others may enter it.
   *
   * @param directory the directory
   * @return {@code directory}
   * @throws IOException if it cannot be created
   */
  public static Path directory(Path directory) throws IOException {
    Path absolute = directory.toAbsolutePath();
    Path missing = absolute;
    while (missing.getParent() != null && !Files.exists(missing.getParent())) {
      missing = missing.getParent();
    }
    boolean existed = Files.isDirectory(absolute);
    Files.createDirectories(absolute);
    if (!posix(absolute)) {
      return directory;
    }
    if (!existed) {
      for (Path p = absolute; p.startsWith(missing); p = p.getParent()) {
        Files.setPosixFilePermissions(p, DIRECTORY_MODE);
      }
      return directory;
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(absolute);
    if (mode.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
      LOG.warn(
          "The data directory {} has mode {}: other users may list it (Ferrum's files in it are"
              + " owner-only). Restrict it with: chmod 700 {}",
          absolute,
          PosixFilePermissions.toString(mode),
          absolute);
    }
    return directory;
  }

  /**
   * Makes an existing regular file owner-only ({@code 0600}); symbolic links are not followed.
   *
   * @param file the file
   * @throws IOException if its mode cannot be changed
   */
  public static void restrict(Path file) throws IOException {
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && posix(file)) {
      Files.setPosixFilePermissions(file, FILE_MODE);
    }
  }

  /**
   * Writes a text file that is owner-only from the moment it exists (no window in which a default
   * mode would let others read it); an existing file is restricted first, then replaced.
   *
   * @param file the file
   * @param text the content, written as UTF-8
   * @throws IOException if it cannot be written
   */
  public static void writeString(Path file, String text) throws IOException {
    restrict(file);
    Set<OpenOption> options =
        Set.of(
            StandardOpenOption.WRITE,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            LinkOption.NOFOLLOW_LINKS);
    FileAttribute<?>[] attributes =
        posix(file)
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
            : new FileAttribute<?>[0];
    try (SeekableByteChannel out = Files.newByteChannel(file, options, attributes)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
