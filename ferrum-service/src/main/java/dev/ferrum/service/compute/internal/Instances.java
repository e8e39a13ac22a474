package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.ImageSpec;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.configdrive.KeyPair;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.Server;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates stored servers, flavors and images into the driver's request records. One place, so
 * that every operation hands the driver the same view of an instance.
 */
public final class Instances {
  private Instances() {}

  /**
   * The driver's view of a server. A config drive is always asked for: Ferrum has no metadata
   * service, so the drive is how keys, user data and the host name reach the guest.
   *
   * @param server the server
   * @param keyPair the injected key, or {@code null}
   * @return the instance
   */
  public static InstanceSpec spec(Server server, dev.ferrum.service.store.KeyPair keyPair) {
    byte[] userData = null;
    if (server.userData() != null) {
      try {
        userData = Base64.getMimeDecoder().decode(server.userData());
      } catch (IllegalArgumentException e) {
        userData = null;
      }
    }
    List<KeyPair> keys =
        keyPair == null
            ? List.of()
            : List.of(new KeyPair(keyPair.name(), keyPair.type(), keyPair.publicKey()));
    return InstanceSpec.builder(
            server.uuid(), server.projectId(), server.userId(), flavor(server.flavor()))
        .displayName(server.name())
        .hostname(server.hostname() != null ? server.hostname() : server.name())
        .node(server.nodeUuid())
        .host(server.host())
        .configDrive(true)
        .launched(server.launchedAt() != null)
        .metadata(server.metadata())
        .keyPairs(keys)
        .userData(userData)
        .availabilityZone("nova")
        .build();
  }

  /**
   * The driver's flavor.
   *
   * @param f the stored flavor
   * @return the driver flavor
   */
  public static dev.ferrum.driver.Flavor flavor(Flavor f) {
    return new dev.ferrum.driver.Flavor(
        f.name(), f.vcpus(), f.memoryMb(), f.rootGb(), f.ephemeralGb(), f.swapMb(), f.extraSpecs());
  }

  /**
   * The driver's image: standalone Ironic gets the URL, checksum and disk format from Ferrum's
   * registry.
   *
   * @param image the registered image
   * @return the image spec
   */
  public static ImageSpec image(Image image) {
    Map<String, Object> props = new LinkedHashMap<>(image.properties());
    return ImageSpec.standalone(image.id(), image.sourceUrl(), image.checksum(), image.diskFormat())
        .withProperties(props);
  }
}
