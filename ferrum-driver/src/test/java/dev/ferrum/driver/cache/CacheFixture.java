package dev.ferrum.driver.cache;

import dev.ferrum.driver.ring.RingSettings;
import dev.ferrum.driver.testing.FakeIronic;
import dev.ferrum.driver.testing.RecordedCall;
import dev.ferrum.ironic.client.IronicClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the HTTP-level cache tests: a {@link FakeIronic}, a client and the fake Nova side. */
abstract class CacheFixture {

  static final String HOST = "host1";
  static final String INSTANCE = "9a0c3a2e-5b0f-4a55-9f1e-3c0d2f3b4a51";
  static final String OTHER_INSTANCE = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
  static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  FakeIronic ironic;
  IronicClient client;
  FakeHosts hosts;

  @BeforeEach
  void startFake() {
    ironic = FakeIronic.start();
    client = ironic.client();
    hosts = new FakeHosts(ironic);
  }

  @AfterEach
  void stopFake() {
    client.close();
    ironic.close();
  }

  NodeCache cache(RingSettings settings) {
    return new NodeCache(client, settings, hosts, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  NodeCache cache() {
    return cache(RingSettings.forHost(HOST));
  }

  static RingSettings settings(String host, String conductorGroup, String shard) {
    return new RingSettings(
        host, Optional.ofNullable(shard), Optional.ofNullable(conductorGroup), List.of(host));
  }

  /** {@code LIST[...]}: node listings (not lookups by instance). */
  static final Predicate<RecordedCall> LIST =
      c -> c.is("GET", "/v1/nodes") && c.param("instance_uuid") == null;

  /** {@code LOOKUP(i)}. */
  static Predicate<RecordedCall> lookup(String instance) {
    return c -> c.is("GET", "/v1/nodes") && instance.equals(c.param("instance_uuid"));
  }

  /** {@code GETN(n)}. */
  static Predicate<RecordedCall> getNode(String node) {
    return c -> c.is("GET", "/v1/nodes/" + node);
  }

  static final String FIELDS = String.join(",", NodeLookup.NODE_FIELDS);
}
