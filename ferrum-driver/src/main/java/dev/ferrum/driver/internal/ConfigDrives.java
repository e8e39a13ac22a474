package dev.ferrum.driver.internal;

import dev.ferrum.driver.ConfigDriveBuilder;
import dev.ferrum.driver.ImageSpec;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.configdrive.ConfigDriveContent;
import dev.ferrum.driver.configdrive.Ec2Metadata;
import dev.ferrum.driver.configdrive.InjectedFile;
import dev.ferrum.driver.configdrive.InstanceMetadata;
import dev.ferrum.driver.configdrive.NetworkData;
import dev.ferrum.driver.configdrive.NetworkMetadata;
import dev.ferrum.driver.configdrive.VendorData;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.PortQuery;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an instance gets a config drive and builds it (spec §8.7): instance metadata, the
 * Ironic-augmented {@code network_data.json} (ports and port groups of the node), user data,
 * injected files, admin password and the EC2 tree, then the {@link ConfigDriveBuilder}.
 *
 * <p>Difference from Nova: an instance without VIFs gets {@code {"links":[],"networks":[],
 * "services":[]}} (and no port listing) where Nova crashes and reschedules the build.
 */
public final class ConfigDrives {

  private static final Microversion JSON_FORM = Microversion.of(56);

  private final IronicClient ironic;
  private final ConfigDriveBuilder builder;
  private final boolean forceConfigDrive;
  private final boolean preferJson;

  /**
   * Creates the factory.
   *
   * @param ironic the client (ports, port groups, microversion)
   * @param builder the drive builder
   * @param forceConfigDrive {@code [DEFAULT]force_config_drive}
   * @param preferJson send the JSON form when the API has 1.56
   */
  public ConfigDrives(
      IronicClient ironic,
      ConfigDriveBuilder builder,
      boolean forceConfigDrive,
      boolean preferJson) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
    this.builder = Objects.requireNonNull(builder, "builder");
    this.forceConfigDrive = forceConfigDrive;
    this.preferJson = preferJson;
  }

  /** Whether the instance needs a config drive. */
  public boolean required(InstanceSpec instance, ImageSpec image) {
    return instance.configDrive()
        || (forceConfigDrive && !instance.launched())
        || "mandatory".equals(String.valueOf(image.properties().get("img_config_drive")));
  }

  /** Builds the drive for the instance on {@code node}. */
  public ConfigDrive build(
      String node,
      InstanceSpec instance,
      ImageSpec image,
      NetworkInfo network,
      List<InjectedFile> files,
      Optional<String> adminPassword) {
    InstanceMetadata.Builder md =
        InstanceMetadata.builder(
                instance.uuid(),
                instance.displayName() == null ? instance.hostname() : instance.displayName(),
                instance.hostname(),
                instance.projectId())
            .availabilityZone(instance.availabilityZone())
            .meta(instance.metadata())
            .keys(instance.keyPairs());
    adminPassword.ifPresent(md::adminPass);
    ConfigDriveContent content =
        ConfigDriveContent.of(md.build())
            .withNetworkData(networkData(node, network))
            .withVendorData(VendorData.NONE)
            .withInjectedFiles(files)
            .withEc2(ec2(instance, image, network));
    byte[] userData = instance.userData();
    if (userData != null) {
      content = content.withUserData(userData);
    }
    boolean structured = preferJson && ironic.microversion().atLeast(JSON_FORM);
    return builder.build(content, structured);
  }

  private NetworkData networkData(String node, NetworkInfo network) {
    if (network.isEmpty()) {
      return NetworkData.EMPTY;
    }
    List<NetworkMetadata.IronicPort> ports =
        ironic.ports().list(PortQuery.byNode(node)).stream()
            .map(p ->
                new NetworkMetadata.IronicPort(
                    p.uuid(),
                    p.address(),
                    p.portgroupUuid(),
                    NetworkMetadata.vifIdOf(p.internalInfo(), p.extra())))
            .toList();
    List<NetworkMetadata.IronicPortgroup> groups =
        ironic.portGroups().list(PortQuery.byNode(node)).stream()
            .map(g ->
                new NetworkMetadata.IronicPortgroup(
                    g.uuid(),
                    g.address(),
                    g.mode(),
                    g.properties() == null ? Map.of() : g.properties(),
                    NetworkMetadata.vifIdOf(g.internalInfo(), g.extra())))
            .toList();
    return NetworkMetadata.forIronic(network.vifs(), ports, groups);
  }

  private static Ec2Metadata ec2(InstanceSpec instance, ImageSpec image, NetworkInfo network) {
    String localIp =
        network.vifs().stream()
            .flatMap(v -> v.subnets().stream())
            .flatMap(s -> s.ips().stream())
            .filter(ip -> !ip.contains(":"))
            .findFirst()
            .orElse("");
    return new Ec2Metadata(
        "ami-" + shortId(image.id()),
        "i-" + shortId(instance.uuid()),
        "r-" + shortId(instance.uuid() + "/reservation"),
        instance.flavor().name(),
        localIp,
        "",
        List.of("default"),
        Map.of("ami", "sda", "root", "/dev/sda"),
        Optional.empty(),
        Optional.empty());
  }

  private static String shortId(String s) {
    return String.format("%08x", s.hashCode());
  }
}
