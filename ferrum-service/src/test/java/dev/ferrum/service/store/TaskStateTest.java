package dev.ferrum.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaskStateTest {

  @Test
  void wireValuesAreNovas() {
    assertThat(TaskState.POWERING_OFF.wireValue()).isEqualTo("powering-off");
    assertThat(TaskState.POWERING_ON.wireValue()).isEqualTo("powering-on");
    assertThat(TaskState.REBOOTING_HARD.wireValue()).isEqualTo("rebooting_hard");
    assertThat(TaskState.BLOCK_DEVICE_MAPPING.wireValue()).isEqualTo("block_device_mapping");
  }

  @Test
  void everyWireValueParsesBack() {
    for (TaskState state : TaskState.values()) {
      assertThat(TaskState.fromWire(state.wireValue())).isSameAs(state);
    }
    assertThatThrownBy(() -> TaskState.fromWire("powering_off"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("powering_off");
  }
}
