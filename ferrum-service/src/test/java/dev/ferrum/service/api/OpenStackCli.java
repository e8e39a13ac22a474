package dev.ferrum.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code /usr/bin/openstack} the way a user would, with only a {@code clouds.yaml} in
 * a private home (every {@code OS_*} variable of the test's environment removed), so the ITs
 * measure what the stock client needs and nothing else.
 */
final class OpenStackCli {
  static final Path OPENSTACK = Path.of("/usr/bin/openstack");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OpenStackCli() {}

  /** The result of one client run. */
  record Run(int exit, String out, String err) {
    JsonNode json() throws IOException {
      return MAPPER.readTree(out);
    }
  }

  /**
   * Runs {@code openstack --os-cloud CLOUD ARGS…} with {@code home/clouds.yaml}.
   *
   * @throws AssertionError when it does not end within {@code timeout} (it is then killed)
   */
  static Run run(Path home, String cloud, Duration timeout, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(OPENSTACK.toString(), "--os-cloud", cloud));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("OS_"));
    env.put("HOME", home.toString());
    env.put("OS_CLIENT_CONFIG_FILE", home.resolve("clouds.yaml").toString());
    // files of their own, so that several runs can go on at once in one home
    Path out = Files.createTempFile(home, "out-", ".txt");
    Path err = Files.createTempFile(home, "err-", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("openstack " + String.join(" ", args) + " timed out");
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
