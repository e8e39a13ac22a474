package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.config.TlsOptions;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientBuilderTest {

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:6385, http://127.0.0.1:6385",
    "http://127.0.0.1:6385/, http://127.0.0.1:6385",
    "http://127.0.0.1:6385/v1, http://127.0.0.1:6385",
    "http://127.0.0.1:6385/v1/, http://127.0.0.1:6385",
    "https://cloud.example/baremetal/v1, https://cloud.example/baremetal",
    "https://cloud.example/baremetal, https://cloud.example/baremetal"
  })
  void endpointsAreNormalised(String given, String expected) {
    try (IronicClient c =
        IronicClient.builder().endpoint(URI.create(given)).tls(TlsOptions.system()).build()) {
      assertThat(c.endpoint()).isEqualTo(URI.create(expected));
    }
  }

  @Test
  void anEndpointIsRequired() {
    assertThatThrownBy(() -> IronicClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no Ironic endpoint");
  }

  @Test
  void badEndpointsAndDurationsAreRejected() {
    assertThatThrownBy(
            () -> IronicClient.builder().endpoint(URI.create("ftp://127.0.0.1/")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IronicClient.builder().endpoint(URI.create("/relative")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> IronicClient.builder().endpoint(URI.create("http://127.0.0.1/?a=b")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IronicClient.builder().requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IronicClient.builder().connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IronicClient.builder().auth(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("auth");
  }
}
