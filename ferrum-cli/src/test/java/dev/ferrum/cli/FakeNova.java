package dev.ferrum.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A recording fake of Ferrum's Nova/Glance API on 127.0.0.1: each {@code METHOD path?query} answers
 * from a queue of replies (the last one repeats), anything else 404 with a Nova error body.
 */
final class FakeNova implements AutoCloseable {

  /** One request as received. */
  record Recorded(
      String method, String path, String query, Map<String, String> headers, String body) {
    String target() {
      return method + " " + path + (query == null ? "" : "?" + query);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  record Reply(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Deque<Reply>> routes = new HashMap<>();
  private final List<Recorded> requests = new ArrayList<>();

  FakeNova() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The service base URL (what {@code --url} takes). */
  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Adds replies to {@code target} ({@code "GET /v2.1/servers/detail"}), answered in order. */
  synchronized FakeNova on(String target, int status, String... bodies) {
    Deque<Reply> q = routes.computeIfAbsent(target, k -> new ArrayDeque<>());
    if (bodies.length == 0) {
      q.add(new Reply(status, ""));
    }
    for (String b : bodies) {
      q.add(new Reply(status, b));
    }
    return this;
  }

  /** Adds a reply to {@code target} after those already queued. */
  FakeNova then(String target, int status, String body) {
    return on(target, status, body);
  }

  synchronized List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** The recorded requests as {@code METHOD path?query} strings. */
  synchronized List<String> targets() {
    return requests.stream().map(Recorded::target).toList();
  }

  /** The one request to {@code target}; fails when there is none. */
  synchronized Recorded request(String target) {
    return requests.stream()
        .filter(r -> r.target().equals(target))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no request " + target + " in " + targets()));
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    ex.getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
    URI uri = ex.getRequestURI();
    Recorded r =
        new Recorded(ex.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body);
    Reply reply;
    synchronized (this) {
      requests.add(r);
      Deque<Reply> q = routes.get(r.target());
      if (q == null || q.isEmpty()) {
        reply =
            new Reply(
                404,
                "{\"itemNotFound\": {\"code\": 404, \"message\": \"No route "
                    + r.target().replace("\"", "")
                    + "\"}}");
      } else {
        reply = q.size() > 1 ? q.poll() : q.peek();
      }
    }
    byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.getResponseHeaders().add("x-openstack-request-id", "req-" + requests().size());
    boolean noBody = out.length == 0 || reply.status() == 204;
    ex.sendResponseHeaders(reply.status(), noBody ? -1 : out.length);
    if (!noBody) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
