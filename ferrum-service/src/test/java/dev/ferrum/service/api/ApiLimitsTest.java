package dev.ferrum.service.api;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The API's limits against clients that hold resources without using them ({@link ApiSettings}): a
 * deadline for request headers, a bound on connections per client address, and bounded key-pair
 * generation that leaves the rest of the API responsive. Raw sockets where the JDK client would
 * hide the behaviour.
 */
class ApiLimitsTest extends ApiTestSupport {
  private static final String PING = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

  private void restart(ApiSettings api) {
    server.close();
    server = ApiServer.start(baseConfig().api(api).build(), db);
  }

  @Test
  void aClientTricklingItsHeadersIsDisconnectedAtTheHeaderDeadline() throws IOException {
    restart(ApiSettings.builder().requestHeaderTimeout(Duration.ofMillis(500)).build());
    try (Socket s = connect()) {
      OutputStream out = s.getOutputStream();
      out.write("GET /v2.1/flavors HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(US_ASCII));
      long start = System.nanoTime();
      // one byte every 100 ms: an idle timeout never fires, only a deadline does
      boolean closed = false;
      while (!closed && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
        try {
          out.write('a');
          out.flush();
          closed = readsEndOfStream(s, Duration.ofMillis(100));
        } catch (IOException e) {
          closed = true;
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(closed).as("closed after %s", took).isTrue();
      assertThat(took).isBetween(Duration.ofMillis(400), Duration.ofSeconds(3));
    }

    // headers sent in time are served, and a kept-alive connection gets a new deadline per request
    try (Socket s = connect()) {
      assertThat(exchange(s, PING)).startsWith("HTTP/1.1 200");
      sleep(Duration.ofMillis(300));
      assertThat(exchange(s, PING)).startsWith("HTTP/1.1 200");
      sleep(Duration.ofMillis(300));
      assertThat(exchange(s, PING)).startsWith("HTTP/1.1 200");
      assertThat(readsEndOfStream(s, Duration.ofSeconds(3))).isTrue();
    }
  }

  @Test
  void connectionsBeyondTheLimitPerClientAddressAreClosed() throws IOException {
    restart(ApiSettings.builder().maxConnectionsPerClient(3).build());
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        Socket s = connect();
        held.add(s);
        assertThat(exchange(s, PING)).startsWith("HTTP/1.1 200");
      }
      try (Socket extra = connect()) {
        assertThat(readsEndOfStream(extra, Duration.ofSeconds(5))).isTrue();
      }
      for (Socket s : held) {
        assertThat(exchange(s, PING)).startsWith("HTTP/1.1 200");
      }

      held.removeLast().close();
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> {
            try (Socket s = connect()) {
              return exchange(s, PING).startsWith("HTTP/1.1 200");
            } catch (IOException e) {
              return false;
            }
          });
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void manyKeyPairGenerationsDoNotStallOtherRequests() {
    restart(
        ApiSettings.builder()
            .keyPairGenerationConcurrency(1)
            .keyPairGenerationWait(Duration.ofMinutes(2))
            .build());
    // warm both paths first: the stall to rule out is the storm's, not a cold JVM's
    assertThat(get("/v2.1/flavors", BOB).status()).isEqualTo(200);
    assertThat(post("/v2.1/os-keypairs", BOB, json("{'keypair': {'name': 'warm'}}")).status())
        .isEqualTo(200);
    int count = 16 * Runtime.getRuntime().availableProcessors();
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> generations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      generations.add(
          client.sendAsync(
              HttpRequest.newBuilder(URI.create(server.baseUri() + "/v2.1/os-keypairs"))
                  .header("X-Auth-Token", ALICE)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          json("{'keypair': {'name': 'k" + i + "'}}")))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture<Void> all =
        CompletableFuture.allOf(generations.toArray(new CompletableFuture<?>[0]));
    sleep(Duration.ofMillis(200));
    Duration worst = Duration.ZERO;
    int answered = 0;
    while (!all.isDone()) {
      long start = System.nanoTime();
      assertThat(get("/v2.1/flavors", BOB).status()).isEqualTo(200);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      worst = took.compareTo(worst) > 0 ? took : worst;
      answered++;
      sleep(Duration.ofMillis(50));
    }
    for (var g : generations) {
      assertThat(g.join().statusCode()).as(g.join().body()).isEqualTo(200);
    }
    assertThat(answered).isGreaterThanOrEqualTo(3);
    assertThat(worst).as("slowest of %d flavor lists", answered).isLessThan(Duration.ofMillis(750));
    assertThat(get("/v2.1/os-keypairs", ALICE).json().get("keypairs")).hasSize(count);
  }

  @Test
  void keyPairGenerationBeyondTheWaitIs503AndStoresNothing() {
    restart(
        ApiSettings.builder()
            .keyPairGenerationConcurrency(1)
            .keyPairGenerationWait(Duration.ZERO)
            .build());
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> generations = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      generations.add(
          client.sendAsync(
              HttpRequest.newBuilder(URI.create(server.baseUri() + "/v2.1/os-keypairs"))
                  .header("X-Auth-Token", ALICE)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          json("{'keypair': {'name': 'b" + i + "'}}")))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    int created = 0;
    int busy = 0;
    for (var g : generations) {
      HttpResponse<String> r = g.join();
      if (r.statusCode() == 200) {
        created++;
      } else {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.body())
            .contains("serviceUnavailable", "Key pair generation is busy. Please retry later.");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
        busy++;
      }
    }
    assertThat(created).isGreaterThanOrEqualTo(1);
    assertThat(busy).isGreaterThanOrEqualTo(1);
    assertThat(get("/v2.1/os-keypairs", ALICE).json().get("keypairs")).hasSize(created);
  }

  private Socket connect() throws IOException {
    Socket s = new Socket("127.0.0.1", server.port());
    s.setSoTimeout(5_000);
    return s;
  }

  /** Whether the server closes the connection (end of stream or reset) within {@code wait}. */
  private static boolean readsEndOfStream(Socket s, Duration wait) throws IOException {
    int before = s.getSoTimeout();
    s.setSoTimeout((int) wait.toMillis());
    try {
      return s.getInputStream().read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    } finally {
      if (!s.isClosed()) {
        s.setSoTimeout(before);
      }
    }
  }

  /** Sends one request and reads one response (headers and a Content-Length body). */
  private static String exchange(Socket s, String request) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(request.getBytes(US_ASCII));
    out.flush();
    InputStream in = s.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed after " + head.toString(US_ASCII));
      }
      head.write(b);
    }
    String headers = head.toString(US_ASCII);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
      }
    }
    in.readNBytes(length);
    return headers;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
