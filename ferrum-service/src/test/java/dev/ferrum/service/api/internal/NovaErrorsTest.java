package dev.ferrum.service.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nova's fault names per status. */
class NovaErrorsTest {
  @Test
  void faultNamesFollowNova() {
    assertThat(NovaErrors.faultName(400)).isEqualTo("badRequest");
    assertThat(NovaErrors.faultName(401)).isEqualTo("unauthorized");
    assertThat(NovaErrors.faultName(403)).isEqualTo("forbidden");
    assertThat(NovaErrors.faultName(404)).isEqualTo("itemNotFound");
    assertThat(NovaErrors.faultName(409)).isEqualTo("conflictingRequest");
    assertThat(NovaErrors.faultName(406)).isEqualTo("computeFault");
    assertThat(NovaErrors.faultName(500)).isEqualTo("computeFault");
    assertThat(NovaErrors.faultName(503)).isEqualTo("serviceUnavailable");
  }

  @Test
  void bodyCarriesCodeAndMessage() {
    var body = NovaErrors.body(404, "Flavor x could not be found.");

    assertThat(body.toString())
        .isEqualTo(
            "{\"itemNotFound\":{\"code\":404,\"message\":\"Flavor x could not be found.\"}}");
  }
}
