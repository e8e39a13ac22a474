package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ferrum.service.ConfigurationException;
import dev.ferrum.service.DatabaseSettings;
import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.store.Database;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Authentication: static tokens, HTTP Basic users, auth none on loopback only, no leaked secrets.
 */
class AuthTest extends ApiTestSupport {
  @Test
  void missingCredentialsGive401WithNovaBody() {
    Resp r = get("/v2.1/flavors", null);

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().path("unauthorized").path("code").asInt()).isEqualTo(401);
    assertThat(r.json().path("unauthorized").path("message").asText())
        .isEqualTo("The request you have made requires authentication.");
  }

  @Test
  void withoutValidCredentialsEveryRequestIs401WhateverItsVersionHeaders() {
    String[][] versionHeaders = {
      {"X-OpenStack-Nova-API-Version", "9.9"},
      {"X-OpenStack-Nova-API-Version", "not-a-version"},
      {"X-OpenStack-Nova-API-Version", "2.1000"},
      {"OpenStack-API-Version", "compute 99.0"},
      {"OpenStack-API-Version", "compute x"},
    };
    for (String[] h : versionHeaders) {
      for (String token : new String[] {null, "not-a-token"}) {
        for (Resp r :
            List.of(
                get("/v2.1/flavors", token, h[0], h[1]),
                get("/v2.1/servers/detail", token, h[0], h[1]),
                post("/v2.1/os-keypairs", token, json("{'keypair': {'name': 'k'}}"), h[0], h[1]))) {
          assertThat(r.status())
              .as("%s: %s, token %s -> %s", h[0], h[1], token, r.text())
              .isEqualTo(401);
          assertThat(r.json().at("/unauthorized/message").asText())
              .isEqualTo("The request you have made requires authentication.");
        }
      }
      // with credentials the version header is judged as before
      assertThat(get("/v2.1/flavors", ALICE, h[0], h[1]).status()).isIn(400, 406);
    }
  }

  @Test
  void wrongTokenGives401() {
    assertThat(get("/v2.1/flavors", "not-a-token").status()).isEqualTo(401);
    assertThat(get("/image/v2/images", ADMIN + "x").status()).isEqualTo(401);
  }

  @Test
  void validTokenIsAccepted() {
    assertThat(get("/v2.1/flavors", ALICE).status()).isEqualTo(200);
    assertThat(get("/image/v2/images", BOB).status()).isEqualTo(200);
  }

  @Test
  void basicUsersAreCheckedByPassword() {
    assertThat(get("/v2.1/flavors", null, "Authorization", basic("carol", CAROL_PASSWORD)).status())
        .isEqualTo(200);
    Resp wrong = get("/v2.1/flavors", null, "Authorization", basic("carol", "guess"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Basic realm=\"ferrum\"");
    assertThat(
            get("/v2.1/flavors", null, "Authorization", basic("mallory", CAROL_PASSWORD)).status())
        .isEqualTo(401);
    assertThat(get("/v2.1/flavors", null, "Authorization", "Basic !!!notbase64").status())
        .isEqualTo(401);
  }

  @Test
  void basicUserActsInItsProjectAsMember() {
    Resp r =
        post(
            "/v2.1/flavors",
            null,
            json("{'flavor': {'name': 'x', 'ram': 1, 'vcpus': 1, 'disk': 0}}"),
            "Authorization",
            basic("carol", CAROL_PASSWORD));

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().path("forbidden").path("message").asText())
        .contains("os_compute_api:os-flavor-manage:create");
  }

  @Test
  void authNoneIsRefusedOffLoopback() {
    assertThatThrownBy(() -> ServiceConfig.builder().authNone(true).bindHost("0.0.0.0").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> ServiceConfig.builder().build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no credentials");
  }

  @Test
  void authNoneOnLoopbackActsAsAdmin() {
    ServiceConfig config = ServiceConfig.builder().port(0).authNone(true).build();
    try (Database other = Database.h2InMemory();
        ApiServer open = ApiServer.start(config, other)) {
      var request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create(open.baseUri() + "/v2.1/flavors"))
              .header("Content-Type", "application/json")
              .header("X-Auth-Token", "notused")
              .POST(
                  java.net.http.HttpRequest.BodyPublishers.ofString(
                      json("{'flavor': {'name': 'x', 'ram': 1, 'vcpus': 1, 'disk': 0}}")))
              .build();
      var response =
          java.net.http.HttpClient.newHttpClient()
              .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(other.flavors().list()).hasSize(1);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void configurationToStringMasksSecrets() {
    ServiceConfig config =
        baseConfig()
            .database(
                new DatabaseSettings.Postgres("jdbc:postgresql://127.0.0.1/f", "f", "dbpw-99"))
            .build();

    assertThat(config.toString())
        .doesNotContain(ADMIN, ALICE, BOB, CAROL_PASSWORD, "dbpw-99")
        .contains("alice", "carol");
  }

  @Test
  void credentialsNeverReachTheLog() {
    // Ferrum's own loggers at DEBUG; Jetty's DEBUG dumps raw request headers by design.
    Logger root = (Logger) LoggerFactory.getLogger("dev.ferrum");
    Level before = root.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.DEBUG);
    try {
      get("/v2.1/flavors", ADMIN);
      get("/v2.1/flavors", "wrong-" + ALICE);
      get("/v2.1/flavors", null, "Authorization", basic("carol", CAROL_PASSWORD));
      post("/v2.1/flavors", BOB, "{not json");
    } finally {
      root.setLevel(before);
      root.detachAppender(appender);
    }
    assertThat(appender.list).isNotEmpty();
    for (ILoggingEvent e : appender.list) {
      assertThat(e.getFormattedMessage()).doesNotContain(ADMIN, ALICE, BOB, CAROL_PASSWORD);
    }
  }
}
