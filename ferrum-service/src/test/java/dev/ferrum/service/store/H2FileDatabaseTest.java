package dev.ferrum.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ferrum.service.DatabaseSettings;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database keeps data across restarts and migrates only once, and its
 * directory and files are private to the service's user.
 */
class H2FileDatabaseTest {
  @TempDir Path dir;

  @Test
  void dataSurvivesReopening() {
    Path data = dir.resolve("nested/ferrum-data");
    try (Database db = Database.open(new DatabaseSettings.H2File(data))) {
      db.flavors().create(RepositoryContract.smallFlavor());
    }
    assertThat(Files.isDirectory(data)).isTrue();

    try (Database db = Database.h2File(data)) {
      assertThat(db.flavors().get("bm.small")).isEqualTo(RepositoryContract.smallFlavor());
    }
  }

  @Test
  void aNewDataDirectoryIsOwnerOnlyAndSoAreTheDatabaseAndTokenFiles() throws IOException {
    Path data = dir.resolve("fresh/ferrum-data");
    String token = EmbeddedDefaults.adminToken(data);
    try (Database db = Database.h2File(data)) {
      db.flavors().create(RepositoryContract.smallFlavor());
      assertThat(mode(data)).isEqualTo("rwx------");
      assertThat(mode(dir.resolve("fresh"))).isEqualTo("rwx------");
      assertThat(files(data)).extracting(f -> f.getFileName().toString()).contains("ferrum.mv.db");
      for (Path f : files(data)) {
        assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
      }
    }
    assertThat(EmbeddedDefaults.adminToken(data)).isEqualTo(token);
  }

  @Test
  void anExistingLooseDirectoryIsKeptAndWarnedAboutWhileFerrumsFilesInItAreMadePrivate()
      throws IOException {
    Path data = Files.createDirectory(dir.resolve("loose"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Database db = Database.h2File(data)) {
      db.flavors().create(RepositoryContract.smallFlavor());
    }
    // a database and token left readable by an older version are tightened on the next start
    for (Path f : files(data)) {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    }
    Files.writeString(data.resolve("admin-token"), "old-token\n");
    Files.setPosixFilePermissions(
        data.resolve("admin-token"), PosixFilePermissions.fromString("rw-r--r--"));

    Logger logger = (Logger) LoggerFactory.getLogger(PrivateFiles.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    try (Database db = Database.h2File(data)) {
      assertThat(db.flavors().get("bm.small")).isNotNull();
      assertThat(EmbeddedDefaults.adminToken(data)).isEqualTo("old-token");
      assertThat(mode(data)).isEqualTo("rwxr-xr-x");
      for (Path f : files(data)) {
        assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
      }
    } finally {
      logger.detachAppender(logs);
    }
    assertThat(logs.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(m -> assertThat(m).contains(data.toString(), "rwxr-xr-x", "chmod 700"));
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }
}
