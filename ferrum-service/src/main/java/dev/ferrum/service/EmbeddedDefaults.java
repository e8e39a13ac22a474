package dev.ferrum.service;

import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkSpec;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.network.SubnetSpec;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.ImageVisibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code ferrum serve} uses when nothing is configured, so that one command gives a working
 * cloud to try the {@code openstack} client against: an in-process Ironic simulator on 127.0.0.1
 * with 8 nodes, two flavors and one image in the catalog, and an admin token kept under the data
 * directory. Each piece is a separate method so that tests and the CLI can pick what they need.
 */
public final class EmbeddedDefaults {
  /** How many simulated nodes the embedded Ironic starts with. */
  public static final int NODES = 8;

  /** The default flavor: any {@code baremetal} node. */
  public static final String FLAVOR = "baremetal";

  /** The second flavor: a {@code baremetal} node with the {@code CUSTOM_LARGE} trait. */
  public static final String LARGE_FLAVOR = "baremetal-large";

  /** The trait the large flavor requires (half of the embedded nodes carry it). */
  public static final String LARGE_TRAIT = "CUSTOM_LARGE";

  /** The id of the seeded image. */
  public static final String IMAGE_ID = "6c6c3e0e-54a2-4a6d-9a3e-0b7f2c1d9e01";

  /** The name of the seeded image. */
  public static final String IMAGE_NAME = "ubuntu-24.04";

  /** The shared network servers get when they ask for none in particular. */
  public static final String NETWORK = "public";

  /** The range of the embedded network (TEST-NET-1, never routed). */
  public static final String NETWORK_CIDR = "192.0.2.0/24";

  private static final String TOKEN_FILE = "admin-token";

  private EmbeddedDefaults() {}

  /**
   * Starts the in-process Ironic simulator on 127.0.0.1 (a free port) with {@link #NODES} nodes of
   * resource class {@code baremetal}, powered on, one port (with a MAC) each; half of them carry
   * {@link #LARGE_TRAIT}.
   *
   * @return the running simulator (the caller closes it)
   */
  public static IronicSimulator startSimulator() {
    IronicSimulator sim = IronicSimulator.builder().host("127.0.0.1").port(0).nodes(0).build();
    sim.start();
    int half = NODES / 2;
    sim.control()
        .seed(
            NodeSeed.builder(NODES - half)
                .namePrefix("bm-")
                .resourceClass("baremetal")
                .powerState("power on")
                .portsPerNode(1)
                .build());
    sim.control()
        .seed(
            NodeSeed.builder(half)
                .namePrefix("bm-large-")
                .resourceClass("baremetal")
                .cpus(64)
                .memoryMb(262_144)
                .traits(java.util.List.of(LARGE_TRAIT))
                .powerState("power on")
                .portsPerNode(1)
                .build());
    return sim;
  }

  /**
   * Creates the shared network {@link #NETWORK} with one IPv4 subnet when no network exists yet, so
   * that a server created on a fresh {@code ferrum serve} gets an address with no extra step.
   *
   * @param networks the network service
   */
  public static void seedNetwork(NetworkBackend networks) {
    Objects.requireNonNull(networks, "networks");
    if (!networks.listNetworks(null).isEmpty()) {
      return;
    }
    Network net = networks.createNetwork(NetworkSpec.flat("admin", NETWORK, true));
    networks.createSubnet(
        new SubnetSpec(
            net.id(),
            "admin",
            NETWORK + "-subnet",
            "",
            4,
            NETWORK_CIDR,
            "192.0.2.1",
            false,
            List.of(new Subnet.AllocationPool("192.0.2.10", "192.0.2.250")),
            List.of("192.0.2.2"),
            List.of(),
            true,
            null,
            null));
  }

  /**
   * Adds the two flavors and the image when they are missing (an existing catalog is left alone).
   *
   * @param db the database
   */
  public static void seedCatalog(Database db) {
    Objects.requireNonNull(db, "db");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (db.flavors().find(FLAVOR).isEmpty()) {
      db.flavors()
          .create(
              Flavor.builder(FLAVOR, FLAVOR)
                  .size(8, 16_384, 100)
                  .extraSpecs(
                      Map.of(
                          "resources:CUSTOM_BAREMETAL", "1",
                          "resources:VCPU", "0",
                          "resources:MEMORY_MB", "0",
                          "resources:DISK_GB", "0"))
                  .description("Any bare-metal node")
                  .createdAt(now)
                  .build());
    }
    if (db.flavors().find(LARGE_FLAVOR).isEmpty()) {
      db.flavors()
          .create(
              Flavor.builder(LARGE_FLAVOR, LARGE_FLAVOR)
                  .size(64, 262_144, 100)
                  .extraSpecs(
                      Map.of(
                          "resources:CUSTOM_BAREMETAL",
                          "1",
                          "trait:" + LARGE_TRAIT,
                          "required",
                          "resources:VCPU",
                          "0",
                          "resources:MEMORY_MB",
                          "0",
                          "resources:DISK_GB",
                          "0"))
                  .description("A large bare-metal node")
                  .createdAt(now)
                  .build());
    }
    if (db.images().find(IMAGE_ID).isEmpty()) {
      db.images()
          .create(
              new Image(
                  IMAGE_ID,
                  IMAGE_NAME,
                  "http://127.0.0.1:8080/images/ubuntu-24.04.raw",
                  "5d41402abc4b2a76b9719d911017c592",
                  "raw",
                  "bare",
                  null,
                  ImageVisibility.PUBLIC,
                  "active",
                  0,
                  0,
                  Map.of("os_distro", "ubuntu"),
                  null,
                  now,
                  now));
    }
  }

  /**
   * Reads the admin token from {@code <dataDir>/admin-token}, creating it (owner-only permissions
   * where the file system allows) with 32 random bytes in hex when it does not exist.
   *
   * @param dataDir the data directory
   * @return the token
   */
  public static String adminToken(Path dataDir) {
    Path file = dataDir.resolve(TOKEN_FILE);
    try {
      if (Files.exists(file)) {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!token.isEmpty()) {
          return token;
        }
      }
      Files.createDirectories(dataDir);
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String token = HexFormat.of().formatHex(bytes);
      Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system; the directory's permissions are what protect it
      }
      return token;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }

  /**
   * A {@code clouds.yaml} snippet for the stock {@code openstack} client: {@code admin_token} auth,
   * the compute endpoint, and the image endpoint override (compat reference §2).
   *
   * @param base the API base URI, e.g. {@code http://127.0.0.1:8774}
   * @param token the admin token
   * @return the YAML text
   */
  public static String cloudsYaml(URI base, String token) {
    String b = base.toString().replaceAll("/+$", "");
    return "clouds:\n"
        + "  ferrum:\n"
        + "    auth_type: admin_token\n"
        + "    auth:\n"
        + "      token: "
        + token
        + "\n"
        + "      endpoint: "
        + b
        + "/v2.1\n"
        + "    compute_endpoint_override: "
        + b
        + "/v2.1\n"
        + "    image_endpoint_override: "
        + b
        + "/image\n"
        + "    network_endpoint_override: "
        + b
        + "/network\n";
  }
}
