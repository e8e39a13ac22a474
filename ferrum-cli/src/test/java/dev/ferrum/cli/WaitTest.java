package dev.ferrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaitTest extends CliTestSupport {

  private static final String S = "/v2.1/servers/" + SERVER_ID;

  private void createRoutes() {
    nova.on(
        "GET /image/v2/images/" + IMAGE_ID,
        200,
        "{\"id\": \"" + IMAGE_ID + "\", \"name\": \"ubuntu\", \"status\": \"active\"}");
    nova.on(
        "GET /v2.1/flavors/bm.small",
        200,
        "{\"flavor\": {\"id\": \"bm.small\", \"name\": \"small\"}}");
    nova.on("POST /v2.1/servers", 202, "{\"server\": {\"id\": \"" + SERVER_ID + "\"}}");
  }

  private Run create(String... extra) {
    String[] base = {
      "server",
      "create",
      "web-1",
      "--flavor",
      "bm.small",
      "--image",
      IMAGE_ID,
      "--wait",
      "--wait-interval",
      "5ms"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return run(args);
  }

  @Test
  void createWaitFollowsTheDeployStatesToActive() {
    createRoutes();
    nova.on(
        "GET " + S,
        200,
        wrap("server", server("BUILD", "scheduling")),
        wrap("server", server("BUILD", "scheduling")),
        wrap("server", server("BUILD", "networking")),
        wrap("server", server("BUILD", "spawning")),
        wrap("server", server(SERVER_ID, "web-1", "BUILD", "spawning", ", \"progress\": 90")),
        wrap("server", server("ACTIVE", null)));

    Run r = create();

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().map(l -> l.replaceAll(" \\(\\d+s\\)$", "")).toList())
        .containsExactly(
            "[######------------------------]  20% web-1: BUILD scheduling",
            "[##################------------]  60% web-1: BUILD networking",
            "[########################------]  80% web-1: BUILD spawning",
            "[###########################---]  90% web-1: BUILD spawning",
            "[##############################] 100% web-1: ACTIVE");
    assertThat(nova.targets().stream().filter(t -> t.equals("GET " + S))).hasSize(6);
    assertThat(r.out()).contains("| status                              | ACTIVE");
  }

  @Test
  void createWaitEndsWithTheFaultMessageOnError() {
    createRoutes();
    nova.on(
        "GET " + S,
        200,
        wrap("server", server("BUILD", "spawning")),
        wrap(
            "server",
            server(
                SERVER_ID,
                "web-1",
                "ERROR",
                null,
                ", \"fault\": {\"code\": 500, \"message\": \"No valid host was found. There are not"
                    + " enough hosts available.\"}")));

    Run r = create();

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("web-1: BUILD spawning")
        .contains("web-1: ERROR")
        .endsWith(
            "Server web-1 went to ERROR: No valid host was found. There are not enough hosts"
                + " available.\n");
  }

  @Test
  void waitGivesUpAfterTheTimeout() {
    createRoutes();
    nova.on("GET " + S, 200, wrap("server", server("BUILD", "spawning")));

    long start = System.nanoTime();
    Run r = create("--wait-timeout", "200ms");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .endsWith("Timed out after 200ms waiting for server web-1 (last state BUILD/spawning)\n");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlace() {
    terminal = true;
    createRoutes();
    nova.on(
        "GET " + S,
        200,
        wrap("server", server("BUILD", "scheduling")),
        wrap("server", server("ACTIVE", null)));

    Run r = create();

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("\r[######").contains("\r[##############################] 100%");
    assertThat(r.err().split("\n", -1)).hasSize(2);
    assertThat(r.err()).endsWith("\n");
  }

  @Test
  void stopWaitsForShutoffThroughPoweringOff() {
    nova.on(
        "GET " + S,
        200,
        wrap("server", server("ACTIVE", null)),
        wrap("server", server("ACTIVE", "powering-off")),
        wrap("server", server("SHUTOFF", null)));
    nova.on("POST " + S + "/action", 202);

    Run r = run("server", "stop", SERVER_ID, "--wait", "--wait-interval", "5ms");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("web-1: ACTIVE powering-off").contains("100% web-1: SHUTOFF");
  }

  @Test
  void rescueWaitStillPrintsThePasswordWhenTheRescueFails() {
    nova.on(
        "GET " + S,
        200,
        wrap("server", server("ACTIVE", null)),
        wrap(
            "server",
            server(
                SERVER_ID,
                "web-1",
                "ERROR",
                null,
                ", \"fault\": {\"message\": \"rescue failed\"}")));
    nova.on("POST " + S + "/action", 200, "{\"adminPass\": \"pw\"}");

    Run r = run("server", "rescue", SERVER_ID, "--wait", "--wait-interval", "5ms");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("| adminPass | pw    |");
    assertThat(r.err()).endsWith("Server web-1 went to ERROR: rescue failed\n");
  }
}
