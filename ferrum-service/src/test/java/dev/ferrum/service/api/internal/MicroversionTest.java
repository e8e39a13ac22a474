package dev.ferrum.service.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Header parsing and range checks, without HTTP. */
class MicroversionTest {
  @Test
  void absentHeadersMeanTheMinimum() {
    assertThat(Microversion.negotiate(null, null)).isEqualTo(Microversion.MIN);
    assertThat(Microversion.negotiate("", " ")).isEqualTo(Microversion.MIN);
  }

  @Test
  void openstackHeaderMayListSeveralServices() {
    assertThat(Microversion.negotiate("placement 1.2, compute 2.60", "2.10"))
        .isEqualTo(new Microversion(2, 60));
    assertThat(Microversion.negotiate("COMPUTE 2.5", null)).isEqualTo(new Microversion(2, 5));
  }

  @Test
  void versionsCompareNumericallyNotAsText() {
    assertThat(new Microversion(2, 9)).isLessThan(new Microversion(2, 10));
    assertThat(new Microversion(2, 79).atLeast(75)).isTrue();
    assertThat(new Microversion(2, 9).atLeast(10)).isFalse();
    assertThat(new Microversion(3, 0).atLeast(99)).isTrue();
  }

  @Test
  void malformedAndOutOfRangeValues() {
    assertThatThrownBy(() -> Microversion.parse("2")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Microversion.parse("2.01")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Microversion.parse("v2.1")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Microversion.parse("2.99999999999"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> Microversion.negotiate(null, "2.80"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(406));
    assertThat(Microversion.parse(" 2.0 ")).isEqualTo(new Microversion(2, 0));
  }
}
