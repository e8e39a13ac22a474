package dev.ferrum.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter text = new StringWriter();
  private final Progress progress =
      new Progress(new PrintWriter(text), false, "s", ServerWaiter.BUILD_PHASES);

  private void show(String status, String task) {
    progress.update(status, Optional.ofNullable(task), Optional.empty(), false, Duration.ZERO);
  }

  @Test
  void phasesOutOfOrderDoNotMoveTheBarBackwards() {
    show("BUILD", "scheduling");
    show("BUILD", "networking");
    show("BUILD", "block_device_mapping");
    show("BUILD", "spawning");

    assertThat(text.toString().lines().map(l -> l.substring(32, 37)).toList())
        .containsExactly("  20%", "  60%", "  60%", "  80%");
  }

  @Test
  void hyphenatedTaskStatesMatchUnderscoredPhases() {
    Progress stop = new Progress(new PrintWriter(text), false, "s", List.of("powering-off"));
    stop.update("ACTIVE", Optional.of("powering_off"), Optional.empty(), false, Duration.ZERO);
    stop.update("SHUTOFF", Optional.empty(), Optional.empty(), true, Duration.ofSeconds(75));

    assertThat(text.toString())
        .isEqualTo(
            "[###############---------------]  50% s: ACTIVE powering_off (0s)\n"
                + "[##############################] 100% s: SHUTOFF (1m15s)\n");
  }

  @Test
  void unknownTaskStatesKeepTheFillAndReportedProgressWins() {
    show("BUILD", "scheduling");
    show("BUILD", "something_new");
    progress.update("BUILD", Optional.of("spawning"), Optional.of(42), false, Duration.ZERO);

    assertThat(text.toString().lines().map(l -> l.substring(32, 37)).toList())
        .containsExactly("  20%", "  20%", "  42%");
  }
}
