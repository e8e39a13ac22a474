package dev.ferrum.driver.console;

import java.time.Duration;
import java.util.Objects;

/**
 * The console options of the {@code [ironic]} group, gathered so the console component does not
 * depend on the driver's configuration object.
 *
 * @param serialStateTimeout {@code serial_console_state_timeout}: budget of each console-mode wait
 *     on the serial path; {@link Duration#ZERO} waits for ever
 * @param vncStateTimeout {@code vnc_console_state_timeout}: budget of the console-enable wait on
 *     the VNC path; {@link Duration#ZERO} waits for ever
 */
public record ConsoleSettings(Duration serialStateTimeout, Duration vncStateTimeout) {

  /** Validates the inputs. */
  public ConsoleSettings {
    Objects.requireNonNull(serialStateTimeout, "serialStateTimeout");
    Objects.requireNonNull(vncStateTimeout, "vncStateTimeout");
    if (serialStateTimeout.isNegative() || vncStateTimeout.isNegative()) {
      throw new IllegalArgumentException("console state timeouts must not be negative");
    }
  }

  /**
   * Nova's defaults: 10 s for the serial console, 60 s for VNC.
   *
   * @return the settings
   */
  public static ConsoleSettings defaults() {
    return new ConsoleSettings(Duration.ofSeconds(10), Duration.ofSeconds(60));
  }
}
