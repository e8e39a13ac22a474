package dev.ferrum.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.service.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 file database keeps data across restarts and migrates only once. */
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
}
