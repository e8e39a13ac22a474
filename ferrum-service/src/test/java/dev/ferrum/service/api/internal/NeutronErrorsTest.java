package dev.ferrum.service.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.service.ConflictException;
import dev.ferrum.service.network.NetworkConflictException;
import dev.ferrum.service.network.NetworkResourceNotFoundException;
import org.junit.jupiter.api.Test;

/** Neutron's error types and body, and which paths take them. */
class NeutronErrorsTest {
  @Test
  void typesComeFromTheFaultThenThePolicyThenTheStatus() {
    assertThat(NeutronErrors.type(404, new NetworkResourceNotFoundException("Subnet", "x")))
        .isEqualTo("SubnetNotFound");
    assertThat(NeutronErrors.type(409, new NetworkConflictException("NetworkInUse", "m")))
        .isEqualTo("NetworkInUse");
    assertThat(NeutronErrors.type(403, NeutronErrors.policy("create_network:shared")))
        .isEqualTo("PolicyNotAuthorized");
    assertThat(NeutronErrors.type(409, new ConflictException("m"))).isEqualTo("HTTPConflict");
    assertThat(NeutronErrors.type(400, null)).isEqualTo("HTTPBadRequest");
    assertThat(NeutronErrors.type(401, null)).isEqualTo("HTTPUnauthorized");
    assertThat(NeutronErrors.type(404, null)).isEqualTo("HTTPNotFound");
    assertThat(NeutronErrors.type(405, null)).isEqualTo("HTTPMethodNotAllowed");
    assertThat(NeutronErrors.type(500, new IllegalStateException()))
        .isEqualTo("HTTPInternalServerError");
  }

  @Test
  void bodyAndPolicyWording() {
    assertThat(
            NeutronErrors.body("PolicyNotAuthorized", "(rule:x) is disallowed by policy")
                .toString())
        .isEqualTo(
            "{\"NeutronError\":{\"type\":\"PolicyNotAuthorized\","
                + "\"message\":\"(rule:x) is disallowed by policy\",\"detail\":\"\"}}");
    assertThat(NeutronErrors.policy("update_network").getMessage())
        .isEqualTo("(rule:update_network) is disallowed by policy");
  }

  @Test
  void onlyTheNetworkTreeTakesNeutronsShape() {
    assertThat(NeutronErrors.applies("/network")).isTrue();
    assertThat(NeutronErrors.applies("/network/v2.0/ports")).isTrue();
    assertThat(NeutronErrors.applies("/networks")).isFalse();
    assertThat(NeutronErrors.applies("/v2.1/os-networks")).isFalse();
    assertThat(NeutronErrors.applies("/image")).isFalse();
  }
}
