package dev.ferrum.driver.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Socat URL parsing (reference §14.1). */
class SocatUrlTest {

  @ParameterizedTest
  @CsvSource({
    "tcp://127.0.0.1:10000, 127.0.0.1, 10000",
    "TCP://console.example:1, console.example, 1",
    "tcp://[::1]:10000, ::1, 10000",
    "tcp://[fe80::1]:65535, fe80::1, 65535",
  })
  void validUrls(String url, String host, int port) {
    assertThat(SocatUrl.parse(url, "n")).isEqualTo(new ConsoleEndpoint.Serial(host, port));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "an invalid url",
        "http://abcxyz:1a1b",
        "tcp://127.0.0.1",
        "tcp://127.0.0.1:0",
        "tcp://127.0.0.1:65536",
        "127.0.0.1:10000",
        "tcp:///path",
        "",
        "ssl://127.0.0.1:10000",
        "http://127.0.0.1:10000",
      })
  void unusableUrls(String url) {
    assertThatThrownBy(() -> SocatUrl.parse(url, "n"))
        .isInstanceOfSatisfying(
            ConsoleTypeUnavailableException.class,
            e -> assertThat(e.consoleType()).isEqualTo("serial"));
  }
}
