package dev.ferrum.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Flavor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit to the embedded H2 file database must survive the process being killed right after it
 * returns: the API answers 202/204 only after the commit, so a SIGKILL must not take acknowledged
 * servers or deletes back (found by {@link CrashRecoveryIT}; H2 delays writes by default).
 */
class H2KillDurabilityIT {
  private static final int FLAVORS = 20;

  @TempDir Path dir;

  @Test
  void commitsSurviveAHaltRightAfterThem() throws Exception {
    Path data = dir.resolve("data");
    try (JavaProcess child =
        JavaProcess.start(
            "h2-writer",
            Path.of("target", "crash-recovery"),
            List.of("-Xmx128m"),
            Writer.class.getName(),
            List.of(data.toString()))) {
      child.awaitLine(l -> l.equals("committed"), Duration.ofSeconds(60));
      assertThat(child.handle().onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
    }
    try (Database db = Database.h2File(data)) {
      for (int i = 0; i < FLAVORS; i++) {
        assertThat(db.flavors().find("crash-" + i)).as("flavor crash-%s", i).isPresent();
      }
    }
  }

  /** The child: commits flavors one by one, says so, and halts without any shutdown hook. */
  static final class Writer {
    private Writer() {}

    /**
     * Runs the child.
     *
     * @param args the data directory
     */
    public static void main(String[] args) {
      Database db = Database.h2File(Path.of(args[0]));
      for (int i = 0; i < FLAVORS; i++) {
        db.flavors()
            .create(
                Flavor.builder("crash-" + i, "crash-" + i)
                    .size(1, 1024, 10)
                    .createdAt(Instant.parse("2026-01-01T00:00:00Z"))
                    .build());
      }
      System.out.println("committed");
      System.out.flush();
      Runtime.getRuntime().halt(9);
    }
  }
}
