package dev.ferrum.driver.console;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.FakeIronic;
import dev.ferrum.driver.testing.RecordedCall;
import dev.ferrum.ironic.client.IronicClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Console scenarios CON-01 … CON-13 (reference §14), against FakeIronic, without sleeping. */
class ConsoleScenariosTest {

  private static final String INSTANCE = "9a0c3a2e-5b0f-4a55-9f1e-3c0d2f3b4a51";
  private static final String CONSOLE = "/v1/nodes/" + NODE_N + "/states/console";

  private FakeIronic ironic;
  private IronicClient client;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    ironic = FakeIronic.start();
    client = ironic.client();
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE).put("console_enabled", true);
  }

  @AfterEach
  void stop() {
    client.close();
    ironic.close();
  }

  /** Console timeouts of scenarios §0.3 (1 s each) unless given; sleeps recorded, jitter 0. */
  private NodeConsoles consoles(Duration vncTimeout) {
    ConsoleStateWaiter waiter =
        new PollingConsoleStateWaiter(
            client.nodes(), Duration.ofSeconds(1), 0.2, sleeps::add, () -> 0.5);
    return new NodeConsoles(
        client.nodes(), waiter, new ConsoleSettings(Duration.ofSeconds(1), vncTimeout));
  }

  private NodeConsoles consoles() {
    return consoles(Duration.ofSeconds(1));
  }

  private static Answer console(boolean enabled, String type, String url) {
    String info = enabled ? "{\"type\": \"%s\", \"url\": \"%s\"}".formatted(type, url) : "null";
    return Answer.json(
        200, "{\"console_enabled\": %s, \"console_info\": %s}".formatted(enabled, info));
  }

  private List<RecordedCall> gets() {
    return ironic.requests("GET", CONSOLE);
  }

  private List<RecordedCall> puts(boolean enabled) {
    return ironic.requests(
        c -> c.is("PUT", CONSOLE) && c.body().path("enabled").asBoolean() == enabled);
  }

  @Test
  @DisplayName("CON-01 serial reset when the fake never reflects the disable: one recovery enable")
  void con01ResetNotReflected() {
    ironic.respond("GET", CONSOLE, console(true, "socat", "tcp://127.0.0.1:10000"));

    ConsoleEndpoint.Serial s = consoles().serialConsole(INSTANCE);

    assertThat(s).isEqualTo(new ConsoleEndpoint.Serial("127.0.0.1", 10000));
    assertThat(puts(false)).hasSize(1);
    assertThat(puts(true)).hasSize(1);
    assertThat(gets()).hasSizeGreaterThan(1);
    assertThat(ironic.requests(c -> c.is("PUT", CONSOLE)))
        .extracting(c -> c.body().path("enabled").asBoolean())
        .containsExactly(false, true);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("CON-03 serial console disabled: one GET, no mode change, ConsoleTypeUnavailable")
  void con03SerialConsoleDisabled() {
    ironic.node(NODE_N).put("console_enabled", false);

    assertThatThrownBy(() -> consoles().serialConsole(INSTANCE))
        .isInstanceOfSatisfying(
            ConsoleTypeUnavailableException.class,
            e -> assertThat(e.consoleType()).isEqualTo("serial"))
        .hasCauseInstanceOf(ConsoleNotAvailableException.class);
    assertThat(gets()).hasSize(1);
    assertThat(ironic.requests(c -> c.method().equals("PUT"))).isEmpty();
  }

  @Test
  @DisplayName("CON-04 both mode changes fail: 1 GET, 1 disable, 1 recovery enable, unavailable")
  void con04BothModeChangesFail() {
    ironic.respond("PUT", CONSOLE, Answer.error(500, "boom"));

    assertThatThrownBy(() -> consoles().serialConsole(INSTANCE))
        .isInstanceOf(ConsoleTypeUnavailableException.class)
        .hasCauseInstanceOf(ConsoleNotAvailableException.class);
    assertThat(gets()).hasSize(1);
    assertThat(puts(false)).hasSize(1);
    assertThat(puts(true)).hasSize(1);
  }

  @Test
  @DisplayName("CON-05 console unreadable after the disable: 1 disable, 1 recovery enable")
  void con05UnreadableAfterDisable() {
    ironic.enqueue(
        "PUT",
        CONSOLE,
        Answer.after(() -> ironic.respond("GET", CONSOLE, Answer.error(400, "unreadable"))));

    assertThatThrownBy(() -> consoles().serialConsole(INSTANCE))
        .isInstanceOf(ConsoleTypeUnavailableException.class)
        .hasCauseInstanceOf(ConsoleNotAvailableException.class);
    assertThat(puts(false)).hasSize(1);
    assertThat(puts(true)).hasSize(1);
    assertThat(gets()).hasSizeGreaterThan(1);
  }

  @Test
  @DisplayName("CON-07 serial socat success: reset then endpoint")
  void con07SerialSuccess() {
    ConsoleEndpoint.Serial s = consoles().serialConsole(INSTANCE);

    assertThat(s.host()).isEqualTo("127.0.0.1");
    assertThat(s.port()).isEqualTo(10000);
    assertThat(puts(false)).hasSize(1);
    assertThat(puts(true)).hasSize(1);
    assertThat(gets()).hasSizeGreaterThan(1);
    assertThat(sleeps).isEmpty();
    assertThat(ironic.node(NODE_N).get("console_enabled").asBoolean()).isTrue();
  }

  @ParameterizedTest(name = "CON-08 serial URL {0}")
  @CsvSource({"an invalid url", "http://abcxyz:1a1b", "ssl://127.0.0.1:10000"})
  void con08InvalidSerialUrls(String url) {
    ironic.respond("GET", CONSOLE, console(true, "socat", url));

    assertThatThrownBy(() -> consoles().serialConsole(INSTANCE))
        .isInstanceOfSatisfying(
            ConsoleTypeUnavailableException.class,
            e -> assertThat(e.consoleType()).isEqualTo("serial"));
  }

  @Test
  @DisplayName("CON-08 serial URL with an IPv6 literal loses its brackets")
  void con08Ipv6SerialUrl() {
    ironic.respond("GET", CONSOLE, console(true, "socat", "tcp://[::1]:10000"));

    assertThat(consoles().serialConsole(INSTANCE))
        .isEqualTo(new ConsoleEndpoint.Serial("::1", 10000));
  }

  @Test
  @DisplayName("CON-09 serial wrong console type: reset still performed, then unavailable")
  void con09WrongConsoleType() {
    ironic.respond("GET", CONSOLE, console(true, "shellinabox", "http://127.0.0.1:4200"));

    assertThatThrownBy(() -> consoles().serialConsole(INSTANCE))
        .isInstanceOfSatisfying(
            ConsoleTypeUnavailableException.class,
            e -> assertThat(e.consoleType()).isEqualTo("serial"));
    assertThat(puts(false)).hasSize(1);
    assertThat(puts(true)).hasSize(1);
  }

  @Test
  @DisplayName("CON-11 VNC enable timeout: >=3 GETs over 2-3 s of sleep, one enable")
  void con11VncEnableTimeout() {
    ironic.respond("GET", CONSOLE, console(false, null, null));

    assertThatThrownBy(() -> consoles(Duration.ofSeconds(3)).vncConsole(INSTANCE, NODE_N))
        .isInstanceOfSatisfying(
            ConsoleTypeUnavailableException.class,
            e -> assertThat(e.consoleType()).isEqualTo("vnc"))
        .hasCauseInstanceOf(ConsoleNotAvailableException.class);
    assertThat(gets()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(puts(true)).hasSize(1);
    assertThat(puts(false)).isEmpty();
    Duration slept = sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(slept).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @Test
  @DisplayName("CON-12 VNC already enabled: one GET, no reset, endpoint from driver_internal_info")
  void con12VncAlreadyEnabled() {
    ironic.respond("GET", CONSOLE, console(true, "vnc", "http://127.0.0.1:6090/vnc.html"));
    ironic
        .node(NODE_N)
        .putObject("driver_internal_info")
        .put("vnc_host", "127.0.0.1")
        .put("vnc_port", 10000);

    ConsoleEndpoint.Vnc v = consoles().vncConsole(INSTANCE, NODE_N);

    assertThat(v).isEqualTo(new ConsoleEndpoint.Vnc("127.0.0.1", 10000));
    assertThat(gets()).hasSize(1);
    assertThat(ironic.requests(c -> c.method().equals("PUT"))).isEmpty();
    RecordedCall read = ironic.requests("GET", "/v1/nodes/" + NODE_N).getFirst();
    assertThat(read.param("fields")).isEqualTo("uuid,driver_internal_info");
  }

  @Test
  @DisplayName("CON-12 VNC disabled: enabled once, waited for, no reset")
  void con12VncEnabledWhenDisabled() {
    ironic.node(NODE_N).put("console_enabled", false);
    ironic
        .node(NODE_N)
        .putObject("driver_internal_info")
        .put("vnc_host", "10.0.0.5")
        .put("vnc_port", "5901");
    // FakeIronic's console info is socat; a vnc console answers after the enable.
    ironic.enqueue("GET", CONSOLE, console(false, null, null));
    ironic.respond("GET", CONSOLE, console(true, "vnc", "http://127.0.0.1:6090/vnc.html"));

    assertThat(consoles().vncConsole(INSTANCE, NODE_N))
        .isEqualTo(new ConsoleEndpoint.Vnc("10.0.0.5", 5901));
    assertThat(puts(true)).hasSize(1);
    assertThat(puts(false)).isEmpty();
  }

  @Test
  @DisplayName("CON-13 VNC negative: empty driver_internal_info")
  void con13VncNoEndpoint() {
    ironic.respond("GET", CONSOLE, console(true, "vnc", "http://127.0.0.1:6090/vnc.html"));

    assertVncUnavailable();
    assertThat(gets()).hasSize(1);
    assertThat(puts(true)).isEmpty();
  }

  @Test
  @DisplayName("CON-13 VNC negative: socat console type")
  void con13VncWrongType() {
    ironic
        .node(NODE_N)
        .putObject("driver_internal_info")
        .put("vnc_host", "127.0.0.1")
        .put("vnc_port", 10000);

    assertVncUnavailable();
    assertThat(gets()).hasSize(1);
    assertThat(puts(true)).isEmpty();
  }

  @Test
  @DisplayName("CON-13 VNC negative: console read answers 403")
  void con13VncReadForbidden() {
    ironic.respond("GET", CONSOLE, Answer.error(403, "forbidden"));

    assertVncUnavailable();
    assertThat(gets()).hasSize(1);
  }

  @Test
  @DisplayName("CON-13 VNC negative: disabled and the enable answers 403")
  void con13VncEnableForbidden() {
    ironic.node(NODE_N).put("console_enabled", false);
    ironic.respond("PUT", CONSOLE, Answer.error(403, "forbidden"));

    assertVncUnavailable();
    assertThat(gets()).hasSize(1);
    assertThat(puts(true)).hasSize(1);
  }

  @Test
  void consolesOfAnInstanceWithoutNodeAreInstanceNotFound() {
    NodeConsoles c = consoles();
    String other = "00000000-1111-2222-3333-444444444444";

    assertThatThrownBy(() -> c.serialConsole(other)).isInstanceOf(InstanceNotFoundException.class);
    assertThatThrownBy(() -> c.vncConsole(other, NODE_N))
        .isInstanceOf(InstanceNotFoundException.class);
    assertThat(gets()).isEmpty();
  }

  private void assertVncUnavailable() {
    assertThatThrownBy(() -> consoles().vncConsole(INSTANCE, NODE_N))
        .isInstanceOfSatisfying(
            ConsoleTypeUnavailableException.class,
            e -> assertThat(e.consoleType()).isEqualTo("vnc"));
  }
}
