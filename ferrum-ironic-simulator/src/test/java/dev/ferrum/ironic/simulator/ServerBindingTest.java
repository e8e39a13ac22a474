package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerBindingTest {

  @Test
  void portZeroGivesEachSimulatorItsOwnLoopbackPort() {
    try (IronicSimulator a = IronicSimulator.builder().nodes(1).build().start();
        IronicSimulator b = IronicSimulator.builder().nodes(2).build().start()) {
      assertThat(a.baseUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(a.baseUri().getPort()).isNotEqualTo(b.baseUri().getPort());
      assertThat(new Api(a.baseUri()).get("/v1/nodes").json().get("nodes")).hasSize(1);
      assertThat(new Api(b.baseUri()).get("/v1/nodes").json().get("nodes")).hasSize(2);
    }
  }
}
