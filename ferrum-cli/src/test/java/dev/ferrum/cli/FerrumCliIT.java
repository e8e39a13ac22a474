package dev.ferrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.service.ServeMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The client commands against a real {@code ferrum serve} on its embedded defaults (H2, the
 * in-process simulator, the seeded flavors and image): what a user of the quick start does.
 */
@Timeout(300)
class FerrumCliIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static ServeMain serve;
  private static Map<String, String> env;

  /** The outcome of one command. */
  record Run(int code, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  @BeforeAll
  static void serve() {
    serve =
        ServeMain.start(
            List.of("--data-dir", dir.resolve("data").toString(), "--port", "0"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    env =
        Map.of(
            "FERRUM_URL", serve.baseUri().toString(),
            "FERRUM_TOKEN", serve.adminToken().orElseThrow());
  }

  @AfterAll
  static void stop() {
    if (serve != null) {
      serve.close();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl =
        FerrumCli.commandLine(
            new CliEnvironment(env, dir, dir.resolve("home"), List.of(dir.resolve("etc")), false));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run ok(String... args) {
    Run r = run(args);
    assertThat(r.code())
        .as("ferrum %s%nout: %s%nerr: %s", List.of(args), r.out(), r.err())
        .isZero();
    return r;
  }

  private static String status(String server) {
    return ok("server", "show", server, "--json").json().findValue("status").asText();
  }

  @Test
  void aServerThroughItsWholeLifeWithTheCli() {
    assertThat(ok("flavor", "list").out()).contains("baremetal", "baremetal-large");
    assertThat(ok("image", "list").out()).contains("ubuntu-24.04");

    Run created =
        ok(
            "server",
            "create",
            "cli-web",
            "--flavor",
            "baremetal",
            "--image",
            "ubuntu-24.04",
            "--wait");
    assertThat(created.out()).contains("ACTIVE");
    assertThat(status("cli-web")).isEqualTo("ACTIVE");
    assertThat(ok("server", "list").out()).contains("cli-web");
    assertThat(ok("node", "list").out()).contains("cli-web (");

    ok("server", "reboot", "cli-web", "--hard", "--wait");
    assertThat(status("cli-web")).isEqualTo("ACTIVE");
    ok("server", "stop", "cli-web", "--wait");
    assertThat(status("cli-web")).isEqualTo("SHUTOFF");
    ok("server", "start", "cli-web", "--wait");
    assertThat(status("cli-web")).isEqualTo("ACTIVE");
    ok("server", "rebuild", "cli-web", "--image", "ubuntu-24.04", "--wait");
    assertThat(status("cli-web")).isEqualTo("ACTIVE");
    assertThat(ok("server", "rescue", "cli-web", "--wait").out()).containsIgnoringCase("adminPass");
    assertThat(status("cli-web")).isEqualTo("RESCUE");
    ok("server", "unrescue", "cli-web", "--wait");
    assertThat(status("cli-web")).isEqualTo("ACTIVE");

    ok("server", "delete", "cli-web", "--wait");
    Run gone = run("server", "show", "cli-web");
    assertThat(gone.code()).isEqualTo(1);
    assertThat(gone.err()).containsIgnoringCase("cli-web");
  }

  @Test
  void anAdminAddsAFlavorAndAnImage() {
    ok(
        "flavor",
        "create",
        "bm.gpu",
        "--ram",
        "1024",
        "--vcpus",
        "8",
        "--disk",
        "100",
        "--resource-class",
        "baremetal");
    assertThat(ok("flavor", "list").out()).contains("bm.gpu");
    ok(
        "image",
        "create",
        "debian-13",
        "--url",
        "http://127.0.0.1:1/debian-13.raw",
        "--disk-format",
        "raw");
    assertThat(ok("image", "list", "--json").out()).contains("debian-13");
  }
}
