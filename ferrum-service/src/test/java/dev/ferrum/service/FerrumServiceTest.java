package dev.ferrum.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service starts from one configuration and keeps its data in the H2 directory. */
class FerrumServiceTest {
  @TempDir Path dir;

  @Test
  void startsServesAndKeepsDataAcrossRestarts() throws Exception {
    ServiceConfig config =
        ServiceConfig.builder()
            .port(0)
            .database(new DatabaseSettings.H2File(dir.resolve("data")))
            .token(new TokenCredential("t0k3n", "admin", "admin", Role.ADMIN))
            .serviceHost("ferrum-test-host")
            .build();
    HttpClient http = HttpClient.newHttpClient();
    try (FerrumService service = FerrumService.start(config)) {
      HttpRequest create =
          HttpRequest.newBuilder(URI.create(service.baseUri() + "/v2.1/flavors"))
              .header("X-Auth-Token", "t0k3n")
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"flavor\": {\"name\": \"small\", \"id\": \"s\", \"ram\": 1, \"vcpus\": 1,"
                          + " \"disk\": 0}}"))
              .build();
      assertThat(http.send(create, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    }
    try (FerrumService service = FerrumService.start(config)) {
      assertThat(service.database().flavors().get("s").name()).isEqualTo("small");
      var registered =
          service.database().services().find("ferrum-test-host", "ferrum-compute").orElseThrow();
      assertThat(registered.heartbeatAt()).isNotNull();
      assertThat(service.database().services().list()).hasSize(1);
      assertThat(service.baseUri().getHost()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void defaultsAreLoopbackNovaPortAndLocalH2() {
    ServiceConfig config =
        ServiceConfig.builder().token(new TokenCredential("t", "u", "p", Role.MEMBER)).build();

    assertThat(config.bindHost()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8774);
    assertThat(config.database()).isEqualTo(new DatabaseSettings.H2File(Path.of("ferrum-data")));
    assertThat(config.authNone()).isFalse();
  }
}
