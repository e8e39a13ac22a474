package dev.ferrum.driver.configdrive;

import dev.ferrum.driver.configdrive.NetworkMetadata.Subnet;
import dev.ferrum.driver.configdrive.NetworkMetadata.Vif;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared sample content for the config drive tests. */
final class Fixtures {

  static final String INSTANCE = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
  static final String PROJECT = "ppppppp-pppp-pppp-pppp-pppppppppppp";
  static final String PASSWORD = "s3cr3t-Admin-Pw";
  static final byte[] SEED = new byte[512];

  static {
    for (int i = 0; i < SEED.length; i++) {
      SEED[i] = (byte) i;
    }
  }

  private Fixtures() {}

  static InstanceMetadata.Builder metadata() {
    return InstanceMetadata.builder(INSTANCE, "my-server", "my-server.novalocal", PROJECT)
        .availabilityZone("nova")
        .meta(Map.of("role", "web"))
        .keys(List.of(new KeyPair("mykey", "ssh", "ssh-ed25519 AAAAC3Nza mykey")))
        .randomSeed(SEED);
  }

  static List<Vif> vifs() {
    return List.of(
        new Vif(
            "VIF1",
            null,
            "other",
            "fa:16:3e:00:00:01",
            "net-1",
            1500,
            List.of(
                new Subnet(
                    "1.2.3.0/24",
                    "1.2.3.1",
                    List.of("1.2.3.4"),
                    List.of("8.8.8.8"),
                    List.of(),
                    null,
                    null))));
  }

  /** Content as in scenario CFD-06: user data, one injected file, admin password, EC2 facts. */
  static ConfigDriveContent full() {
    return ConfigDriveContent.of(metadata().adminPass(PASSWORD).build())
        .withNetworkData(NetworkMetadata.fromVifs(vifs()))
        .withUserData("#cloud-config\nhostname: my-server\n".getBytes(StandardCharsets.UTF_8))
        .withVendorData(new VendorData(Map.of("vendor", "ferrum"), Map.of()))
        .withInjectedFiles(
            List.of(new InjectedFile("/etc/motd", "hello\n".getBytes(StandardCharsets.UTF_8))))
        .withEc2(
            new Ec2Metadata(
                "ami-00000001",
                "i-00000001",
                "r-abcdefgh",
                "baremetal.small",
                "1.2.3.4",
                "",
                List.of("default"),
                Map.of("ami", "vda", "root", "/dev/vda"),
                Optional.empty(),
                Optional.empty()));
  }
}
