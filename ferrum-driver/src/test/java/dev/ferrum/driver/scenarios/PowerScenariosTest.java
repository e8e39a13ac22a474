package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.InstancePowerOffFailureException;
import dev.ferrum.driver.PowerState;
import dev.ferrum.driver.PowerUpdate;
import dev.ferrum.driver.RebootType;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.DriverFixture;
import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicServerException;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios §14: power. */
class PowerScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();
  private static final String POWER = "/v1/nodes/" + NODE_N + "/states/power";

  @BeforeEach
  void deployed() {
    fx.deployed(NODE_N, "active");
  }

  @Test
  void PWR_01_hardAndSoftReboot() {
    fx.driver().reboot(fx.instance(), RebootType.HARD);
    assertThat(fx.log()).containsExactly("LOOKUP(I)", "POWER(N,rebooting)", "LOOKUP(I)");

    fx.ironic.clearRequests();
    fx.driver().reboot(fx.instance(), RebootType.SOFT);
    assertThat(fx.log()).containsExactly("LOOKUP(I)", "POWER(N,soft rebooting)", "LOOKUP(I)");
  }

  @Test
  void PWR_01_waitPowerPollsUntilTargetCleared() {
    fx.ironic.autoComplete(false);
    fx.ironic.onRead(
        NODE_N,
        lookup -> {},
        poll1 -> {},
        poll2 -> poll2.putNull("target_power_state").put("power_state", "power on"));

    fx.driver().reboot(fx.instance(), RebootType.HARD);

    assertThat(fx.log())
        .containsExactly("LOOKUP(I)", "POWER(N,rebooting)", "LOOKUP(I)", "LOOKUP(I)");
  }

  @Test
  void PWR_02_softRebootUnsupportedFallsBackToHard() {
    fx.ironic.enqueue("PUT", POWER, Answer.error(400, "soft reboot not supported"));

    fx.driver().reboot(fx.instance(), RebootType.SOFT);

    assertThat(fx.log())
        .containsExactly("LOOKUP(I)", "POWER(N,soft rebooting)", "POWER(N,rebooting)", "LOOKUP(I)");
  }

  @Test
  void PWR_02_softReboot500Propagates() {
    fx.ironic.enqueue("PUT", POWER, Answer.error(500, "boom"));

    assertThatThrownBy(() -> fx.driver().reboot(fx.instance(), RebootType.SOFT))
        .isInstanceOf(IronicServerException.class);
    assertThat(fx.log()).containsExactly("LOOKUP(I)", "POWER(N,soft rebooting)");
  }

  @Test
  void PWR_04_hardPowerOff() {
    fx.driver().powerOff(fx.instance(), Duration.ZERO);

    assertThat(fx.log()).containsExactly("LOOKUP(I)", "POWER(N,power off)", "LOOKUP(I)");
    assertThat(fx.ironic.requests("PUT", POWER).get(0).body().has("timeout")).isFalse();
  }

  @Test
  void PWR_05_softPowerOffSucceedsAndSendsTheTimeout() {
    fx.driver().powerOff(fx.instance(), Duration.ofSeconds(30));

    assertThat(fx.log())
        .containsExactly("LOOKUP(I)", "POWER(N,soft power off)", "LOOKUP(I)", "LOOKUP(I)");
    assertThat(fx.ironic.requests("PUT", POWER).get(0).body().get("timeout").asInt()).isEqualTo(30);
  }

  @Test
  void PWR_06_softPowerOffRejectedFallsBackToHard() {
    fx.ironic.enqueue("PUT", POWER, Answer.error(400, "unsupported"));

    fx.driver().powerOff(fx.instance(), Duration.ofSeconds(30));

    assertThat(fx.log())
        .containsExactly("LOOKUP(I)", "POWER(N,soft power off)", "POWER(N,power off)", "LOOKUP(I)");
  }

  @Test
  void PWR_06_softPowerOffIneffectiveFallsBackToHard() {
    fx.ironic.enqueue("PUT", POWER, Answer.status(202));

    fx.driver().powerOff(fx.instance(), Duration.ofSeconds(30));

    assertThat(fx.log().stream().filter(c -> c.startsWith("POWER")))
        .containsExactly("POWER(N,soft power off)", "POWER(N,power off)");
    assertThat(fx.ironic.node(NODE_N).get("power_state").asText()).isEqualTo("power off");
  }

  @Test
  void PWR_07_abandonedPowerOffIsAFailureNotASuccess() {
    fx.ironic.respond("PUT", POWER, Answer.json(202, "{}"));

    assertThatThrownBy(() -> fx.driver().powerOff(fx.instance(), Duration.ZERO))
        .isInstanceOf(InstancePowerOffFailureException.class);
  }

  @Test
  void PWR_08_crashDump() {
    fx.driver().triggerCrashDump(fx.instance());
    assertThat(fx.log()).containsExactly("LOOKUP(I)", "NMI(N)");

    fx.ironic.enqueue(
        "PUT", "/v1/nodes/" + NODE_N + "/management/inject_nmi", Answer.error(400, "no NMI"));
    assertThatThrownBy(() -> fx.driver().triggerCrashDump(fx.instance()))
        .isInstanceOf(IronicBadRequestException.class);
  }

  @Test
  void PWR_09_powerUpdateEventMakesNoIronicCall() {
    PowerUpdate off = fx.driver().powerUpdateEvent(fx.instance(), PowerState.SHUTDOWN);
    assertThat(off).isEqualTo(new PowerUpdate(PowerState.SHUTDOWN, "stopped", "powering-off"));
    PowerUpdate on = fx.driver().powerUpdateEvent(fx.instance(), PowerState.RUNNING);
    assertThat(on).isEqualTo(new PowerUpdate(PowerState.RUNNING, "active", "powering-on"));
    assertThat(fx.log()).isEmpty();
  }
}
