package dev.ferrum.service.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code public_endpoint} pins the base of links, version documents and {@code Location} headers;
 * without it they echo the request's {@code Host} header, as Nova builds them. Raw sockets, because
 * the JDK client does not let a test choose the {@code Host} header.
 */
class PublicEndpointTest extends ApiTestSupport {
  private static final String PUBLIC = "https://cloud.example:8774/compute";

  /** One raw answer: status line and headers (lower-cased names), and the body. */
  private record Raw(String head, String body) {
    JsonNode json() throws IOException {
      return MAPPER.readTree(body);
    }

    String header(String name) {
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
      return null;
    }
  }

  @BeforeEach
  void seedTwoFlavors() {
    for (String id : new String[] {"bm", "bm2"}) {
      String flavor =
          "{'flavor': {'name': '" + id + "', 'id': '" + id + "', 'ram': 1, 'vcpus': 1, 'disk': 1}}";
      assertThat(post("/v2.1/flavors", ADMIN, json(flavor)).status()).isEqualTo(200);
    }
  }

  private void restart(URI publicEndpoint) {
    server.close();
    server =
        ApiServer.start(
            baseConfig().api(ApiSettings.builder().publicEndpoint(publicEndpoint).build()).build(),
            db);
  }

  @Test
  void withAPublicEndpointAForgedHostHeaderNeverReachesALink() throws IOException {
    restart(URI.create(PUBLIC + "/"));

    Raw version = send("GET", "/v2.1", null, null);
    assertThat(version.json().at("/version/links/0/href").asText()).isEqualTo(PUBLIC + "/v2.1");
    assertThat(send("GET", "/", null, null).json().at("/versions/0/links/0/href").asText())
        .isEqualTo(PUBLIC + "/v2.1");
    assertThat(send("GET", "/image", null, null).json().at("/versions/0/links/0/href").asText())
        .isEqualTo(PUBLIC + "/image/v2/");

    Raw flavors = send("GET", "/v2.1/flavors?limit=1", ADMIN, null);
    assertThat(flavors.json().at("/flavors/0/links/0/href").asText())
        .isEqualTo(PUBLIC + "/v2.1/flavors/bm");
    assertThat(flavors.json().at("/flavors/0/links/1/href").asText())
        .isEqualTo(PUBLIC + "/flavors/bm");
    assertThat(flavors.json().at("/flavors_links/0/href").asText())
        .startsWith(PUBLIC + "/v2.1/flavors?limit=1&marker=bm");

    Raw image =
        send(
            "POST",
            "/image/v2/images",
            ADMIN,
            json("{'name': 'img', 'url': 'http://127.0.0.1:1/img.raw'}"));
    assertThat(image.head()).matches("(?s)HTTP/1.[01] 201 .*");
    assertThat(image.header("Location"))
        .startsWith(PUBLIC + "/image/v2/images/")
        .endsWith(image.json().path("id").asText());

    for (Raw r : new Raw[] {version, flavors, image}) {
      assertThat(r.head() + r.body()).doesNotContain("evil.example");
    }
  }

  @Test
  void withoutAPublicEndpointLinksFollowTheRequestsHost() throws IOException {
    assertThat(send("GET", "/v2.1", null, null).json().at("/version/links/0/href").asText())
        .isEqualTo("http://evil.example/v2.1");
    assertThat(
            send("GET", "/v2.1/flavors", ADMIN, null).json().at("/flavors/0/links/0/href").asText())
        .isEqualTo("http://evil.example/v2.1/flavors/bm");
  }

  @Test
  void aPublicEndpointMustBeAPlainHttpUrl() {
    for (String bad :
        new String[] {
          "cloud.example:8774", "ftp://cloud.example", "https://u:p@cloud.example", "http://h/?q=1"
        }) {
      assertThatThrownBy(() -> ApiSettings.builder().publicEndpoint(URI.create(bad)).build())
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("publicEndpoint");
    }
  }

  /** One HTTP/1.0 exchange with {@code Host: evil.example}, read to the end of the stream. */
  private Raw send(String method, String path, String token, String body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
      req.append("Host: evil.example\r\n");
      if (token != null) {
        req.append("X-Auth-Token: ").append(token).append("\r\n");
      }
      byte[] content = body == null ? new byte[0] : body.getBytes(UTF_8);
      if (body != null) {
        req.append("Content-Type: application/json\r\n");
        req.append("Content-Length: ").append(content.length).append("\r\n");
      }
      req.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(UTF_8));
      out.write(content);
      out.flush();
      String all = new String(s.getInputStream().readAllBytes(), UTF_8);
      int split = all.indexOf("\r\n\r\n");
      return new Raw(all.substring(0, split), all.substring(split + 4));
    }
  }
}
