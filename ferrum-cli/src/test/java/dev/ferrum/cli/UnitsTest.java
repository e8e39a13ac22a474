package dev.ferrum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.cli.api.Credentials;
import dev.ferrum.cli.api.Endpoints;
import dev.ferrum.cli.internal.Durations;
import dev.ferrum.cli.internal.Table;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void durationsParseUnitsAndFractions() {
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("2")).isEqualTo(Duration.ofSeconds(2));
    assertThat(Durations.parse("0.5s")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> Durations.parse("soon")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Durations.parse("-1s")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Durations.format(Duration.ofMinutes(30))).isEqualTo("30m");
    assertThat(Durations.format(Duration.ofSeconds(3725))).isEqualTo("1h2m5s");
    assertThat(Durations.format(Duration.ofMillis(20))).isEqualTo("20ms");
  }

  @Test
  void tablesAlignAndFlattenLineBreaks() {
    String t = new Table("A", "Long header").row("x\ny", null).row("wide cell", 7).render();

    assertThat(t)
        .isEqualTo(
            """
            +-----------+-------------+
            | A         | Long header |
            +-----------+-------------+
            | x y       |             |
            | wide cell | 7           |
            +-----------+-------------+
            """);
    assertThatThrownBy(() -> new Table("A").row("1", "2"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void endpointsOfAServiceBaseOrACompueUrl() {
    Endpoints base = Endpoints.ofService(URI.create("http://h:8774/"));
    assertThat(base.compute()).hasToString("http://h:8774/v2.1");
    assertThat(base.image()).hasToString("http://h:8774/image/v2");
    Endpoints compute = Endpoints.ofService(URI.create("http://h:8774/v2.1/"));
    assertThat(compute.compute()).hasToString("http://h:8774/v2.1");
    assertThat(compute.image()).hasToString("http://h:8774/v2.1");
  }

  @Test
  void credentialsNeverPrintSecrets() {
    assertThat(new Credentials.Token("tok-123").toString()).doesNotContain("tok-123");
    assertThat(new Credentials.Basic("alice", "pw-456").toString())
        .contains("alice")
        .doesNotContain("pw-456");
  }
}
