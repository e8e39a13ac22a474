package dev.ferrum.ironic.client.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** A MockWebServer on 127.0.0.1 playing Keystone, and canned token responses; shared by tests. */
public final class KeystoneFixture {

  public static final String CATALOG =
      """
      [
        {"type": "identity", "name": "keystone", "endpoints": [
          {"interface": "public", "region_id": "RegionOne", "url": "http://keystone.test/v3"}]},
        {"type": "baremetal", "name": "ironic", "endpoints": [
          {"interface": "public", "region_id": "RegionOne", "region": "RegionOne",
           "url": "http://ironic-public.test:6385/v1/"},
          {"interface": "internal", "region_id": "RegionOne", "url": "http://ironic-internal.test:6385"},
          {"interface": "admin", "region_id": "RegionOne", "url": "http://ironic-admin.test:6385/"},
          {"interface": "public", "region": "RegionTwo", "url": "http://ironic-two.test:6385/v1"}]}
      ]
      """;

  private KeystoneFixture() {}

  public static MockWebServer start() {
    MockWebServer server = new MockWebServer();
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  public static URI base(MockWebServer server) {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  public static MockResponse token(String value, Instant issued, Instant expires) {
    return token(value, issued, expires, CATALOG);
  }

  public static MockResponse token(String value, Instant issued, Instant expires, String catalog) {
    String body =
        """
        {"token": {"methods": ["password"], "issued_at": "%s", "expires_at": "%s",
                   "user": {"id": "u1", "name": "admin"}, "catalog": %s}}
        """
            .formatted(keystoneTime(issued), keystoneTime(expires), catalog);
    return new MockResponse.Builder()
        .code(201)
        .addHeader("X-Subject-Token", value)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** Keystone's spelling: microseconds and a Z. */
  public static String keystoneTime(Instant t) {
    return t.toString().replace("Z", ".000000Z").replaceAll("\\.(\\d+)\\.000000Z", ".$1Z");
  }
}
