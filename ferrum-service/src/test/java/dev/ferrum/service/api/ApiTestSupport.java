package dev.ferrum.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.ferrum.service.Role;
import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.TestDatabases;
import dev.ferrum.service.TokenCredential;
import dev.ferrum.service.UserCredential;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkBackends;
import dev.ferrum.service.store.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts the API on 127.0.0.1:0 over an empty database for every test (in-memory H2, or PostgreSQL
 * when {@link TestDatabases#PROPERTY} says so), with the built-in network backend behind {@code
 * /network}, an admin, two members in different projects, and HTTP Basic users; and gives tests a
 * small HTTP client.
 */
abstract class ApiTestSupport {
  static final String ADMIN = "admin-token-7f3a";
  static final String ALICE = "alice-token-91bc";
  static final String BOB = "bob-token-22de";
  static final String CAROL_PASSWORD = "carol-pa55word";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Database db;
  NetworkBackend network;
  ApiServer server;

  static ServiceConfig.Builder baseConfig() {
    return ServiceConfig.builder()
        .port(0)
        .token(new TokenCredential(ADMIN, "admin", "admin-project", Role.ADMIN))
        .token(new TokenCredential(ALICE, "alice", "p1", Role.MEMBER))
        .token(new TokenCredential(BOB, "bob", "p2", Role.MEMBER))
        .user(new UserCredential("carol", CAROL_PASSWORD, "p1", Role.MEMBER));
  }

  /** An empty, migrated database of the kind this run tests (H2 or PostgreSQL). */
  Database openDatabase() {
    return TestDatabases.open(getClass());
  }

  @BeforeEach
  void startServer() {
    db = openDatabase();
    network = NetworkBackends.builtin(db, Clock.systemUTC());
    server = ApiServer.start(baseConfig().build(), db, null, network);
  }

  @AfterEach
  void stopServer() {
    server.close();
    db.close();
  }

  /** A response with its parsed JSON body (MissingNode when empty or not JSON). */
  record Resp(int status, HttpHeaders headers, String text, JsonNode json) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  Resp send(String method, String path, String token, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      b.header("X-Auth-Token", token);
    }
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (body != null && !typed) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json;
      try {
        json = r.body().isEmpty() ? MissingNode.getInstance() : MAPPER.readTree(r.body());
      } catch (IOException e) {
        json = MissingNode.getInstance();
      }
      return new Resp(r.statusCode(), r.headers(), r.body(), json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Resp get(String path, String token, String... headers) {
    return send("GET", path, token, null, headers);
  }

  Resp post(String path, String token, String body, String... headers) {
    return send("POST", path, token, body, headers);
  }

  Resp put(String path, String token, String body, String... headers) {
    return send("PUT", path, token, body, headers);
  }

  Resp delete(String path, String token, String... headers) {
    return send("DELETE", path, token, null, headers);
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The single quote-free JSON text for tests: single quotes become double quotes. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
