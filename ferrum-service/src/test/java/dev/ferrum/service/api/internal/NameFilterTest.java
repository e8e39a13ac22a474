package dev.ferrum.service.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.service.InvalidRequestException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NameFilterTest {

  @Test
  void searchesLikeNova() {
    NameFilter f = NameFilter.of("^web-[0-9]+$", Duration.ofSeconds(1));
    assertThat(f.matches("web-12")).isTrue();
    assertThat(f.matches("xweb-12")).isFalse();
    assertThat(NameFilter.of("eb", Duration.ofSeconds(1)).matches("web-1")).isTrue();
  }

  @Test
  void anInvalidExpressionIsALiteral() {
    NameFilter f = NameFilter.of("web[", Duration.ofSeconds(1));
    assertThat(f.matches("my-web[1]")).isTrue();
    assertThat(f.matches("web1")).isFalse();
  }

  @Test
  void catastrophicBacktrackingIsStoppedByTheBudget() {
    NameFilter f = NameFilter.of("(.*a){12}$", Duration.ofMillis(50));
    String evil = "a".repeat(30) + "!"; // seconds of backtracking without a budget
    long start = System.nanoTime();
    assertThatThrownBy(() -> f.matches(evil))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("too expensive");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void overlongExpressionsAreRefused() {
    assertThatThrownBy(() -> NameFilter.of("a".repeat(256), Duration.ofSeconds(1)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("too long");
  }
}
