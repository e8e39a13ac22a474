package dev.ferrum.bench.storm;

import dev.ferrum.driver.Flavor;
import dev.ferrum.driver.ImageSpec;
import dev.ferrum.driver.InstanceHooks;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.SpawnRequest;
import dev.ferrum.driver.configdrive.NetworkMetadata;
import dev.ferrum.ironic.client.IronicClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Spawn and destroy through Ferrum's {@link IronicDriver}, with the calls Nova's compute manager
 * makes (prepare for spawn, plug VIFs before block devices, spawn; destroy): every wait is served
 * by the driver's one watcher.
 */
final class DriverLifecycle implements Lifecycle {

  static final Flavor FLAVOR = new Flavor("bench.flavor", 1, 1024, 10, 0, 1, Map.of());
  static final String IMAGE = "11111111-2222-3333-4444-555555555555";

  private final IronicDriver driver;

  DriverLifecycle(IronicClient client, Duration interval) {
    IronicDriverConfig config =
        IronicDriverConfig.builder("bench-host").apiRetryInterval(interval).build();
    this.driver = IronicDriver.builder(client, config).build();
  }

  @Override
  public String name() {
    return "Ferrum driver";
  }

  static InstanceSpec instance(Slot s) {
    return InstanceSpec.builder(s.instanceUuid(), "bench-project", "bench-user", FLAVOR)
        .displayName("bench-" + s.index())
        .hostname("bench-" + s.index())
        .node(s.nodeUuid())
        .host("bench-host")
        .build();
  }

  static NetworkInfo network(Slot s) {
    String mac =
        String.format(
            "52:54:%02x:%02x:%02x:%02x",
            0, (s.index() >> 16) & 0xff, (s.index() >> 8) & 0xff, s.index() & 0xff);
    return NetworkInfo.of(
        new NetworkMetadata.Vif(
            s.vifId(),
            null,
            "other",
            mac,
            "bench-net",
            1500,
            List.of(NetworkMetadata.Subnet.of("10.0.0.0/8", "10.0.0.1", List.of(ip(s.index()))))));
  }

  private static String ip(int i) {
    int n = i + 10;
    return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
  }

  @Override
  public void spawn(Slot slot) {
    InstanceSpec instance = instance(slot);
    driver.prepareForSpawn(instance);
    driver.prepareNetworksBeforeBlockDeviceMapping(instance, network(slot));
    driver.spawn(
        SpawnRequest.of(instance, ImageSpec.glance(IMAGE), network(slot)), InstanceHooks.none());
  }

  @Override
  public void destroy(Slot slot) {
    driver.destroy(instance(slot), network(slot));
  }

  @Override
  public void close() {
    driver.close();
  }
}
