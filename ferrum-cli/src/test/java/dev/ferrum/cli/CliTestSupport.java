package dev.ferrum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code ferrum} in-process against a {@link FakeNova}, capturing output and exit code. */
abstract class CliTestSupport {

  static final String SERVER_ID = "5f0c4e1e-2b8e-4a5c-9d4e-0c1d2e3f4a5b";
  static final String IMAGE_ID = "11111111-2222-3333-4444-555555555555";

  FakeNova nova;
  final Map<String, String> env = new HashMap<>();
  boolean terminal;
  @TempDir Path dir;

  /** The outcome of one run. */
  record Run(int code, String out, String err) {}

  @BeforeEach
  void startFake() throws IOException {
    nova = new FakeNova();
    env.put("FERRUM_URL", nova.url().toString());
  }

  @AfterEach
  void stopFake() {
    nova.close();
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment e =
        new CliEnvironment(env, dir, dir.resolve("home"), List.of(dir.resolve("etc")), terminal);
    CommandLine cl = FerrumCli.commandLine(e);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static String server(String status, String taskState) {
    return server(SERVER_ID, "web-1", status, taskState, "");
  }

  static String server(String id, String name, String status, String taskState, String extra) {
    return """
    {"id": "%s", "name": "%s", "status": "%s", "OS-EXT-STS:task_state": %s,
     "OS-EXT-STS:power_state": 1, "metadata": {"role": "web"},
     "image": {"id": "%s"}, "flavor": {"id": "bm.small"},
     "addresses": {"provisioning": [{"version": 4, "addr": "10.0.0.5"}]},
     "OS-EXT-SRV-ATTR:host": "ferrum-1",
     "OS-EXT-SRV-ATTR:hypervisor_hostname": "node-a"%s}\
    """
        .formatted(
            id,
            name,
            status,
            taskState == null ? "null" : "\"" + taskState + "\"",
            IMAGE_ID,
            extra);
  }

  static String wrap(String key, String value) {
    return "{\"" + key + "\": " + value + "}";
  }
}
