package dev.ferrum.driver.configdrive.internal;

import static dev.ferrum.driver.configdrive.MetadataVersions.GRIZZLY;
import static dev.ferrum.driver.configdrive.MetadataVersions.LIBERTY;
import static dev.ferrum.driver.configdrive.MetadataVersions.NEWTON_ONE;
import static dev.ferrum.driver.configdrive.MetadataVersions.OCATA;
import static dev.ferrum.driver.configdrive.MetadataVersions.ROCKY;
import static dev.ferrum.driver.configdrive.MetadataVersions.VICTORIA;
import static dev.ferrum.driver.configdrive.MetadataVersions.atLeast;

import dev.ferrum.driver.configdrive.ConfigDriveContent;
import dev.ferrum.driver.configdrive.Ec2Metadata;
import dev.ferrum.driver.configdrive.InjectedFile;
import dev.ferrum.driver.configdrive.InstanceMetadata;
import dev.ferrum.driver.configdrive.KeyPair;
import dev.ferrum.driver.configdrive.Network;
import dev.ferrum.driver.configdrive.NetworkData;
import dev.ferrum.driver.configdrive.NetworkLink;
import dev.ferrum.driver.configdrive.NetworkRoute;
import dev.ferrum.driver.configdrive.NetworkService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the content model into the JSON-compatible trees (ordered maps, lists, strings, numbers,
 * {@code null}) Nova publishes. Key order follows Nova's for readability; guests do not rely on it.
 */
public final class MetadataDocuments {

  /** Directory, relative to the drive root, of injected file contents. */
  public static final String CONTENT_DIR = "content";

  private MetadataDocuments() {}

  /**
   * The entries of {@code openstack/content/}: the network template first (if any), then the
   * injected files, numbered {@code 0000}, {@code 0001}, ...
   *
   * @param content the content
   * @return ordered map from entry name to bytes
   */
  public static Map<String, byte[]> contentEntries(ConfigDriveContent content) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    content
        .networkTemplate()
        .ifPresent(t -> entries.put(key(entries.size()), t.getBytes(StandardCharsets.UTF_8)));
    for (InjectedFile file : content.injectedFiles()) {
      entries.put(key(entries.size()), file.contents());
    }
    return entries;
  }

  /**
   * {@code openstack/<version>/meta_data.json}.
   *
   * @param content the content
   * @param version an OpenStack version or {@code latest}
   * @return the document
   */
  public static Map<String, Object> metaData(ConfigDriveContent content, String version) {
    InstanceMetadata md = content.metadata();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("uuid", md.uuid());
    if (!md.meta().isEmpty()) {
      doc.put("meta", new LinkedHashMap<>(md.meta()));
    }
    int index = content.networkTemplate().isPresent() ? 1 : 0;
    if (!content.injectedFiles().isEmpty()) {
      List<Map<String, Object>> files = new ArrayList<>();
      for (InjectedFile file : content.injectedFiles()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", file.path());
        entry.put("content_path", "/" + CONTENT_DIR + "/" + key(index++));
        files.add(entry);
      }
      doc.put("files", files);
    }
    md.adminPass().ifPresent(p -> doc.put("admin_pass", p));
    if (content.networkTemplate().isPresent()) {
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("name", "network_config");
      config.put("content_path", "/" + CONTENT_DIR + "/" + key(0));
      doc.put("network_config", config);
    }
    if (!md.keys().isEmpty()) {
      KeyPair first = md.keys().get(0);
      Map<String, Object> publicKeys = new LinkedHashMap<>();
      publicKeys.put(first.name(), first.data());
      doc.put("public_keys", publicKeys);
      List<Map<String, Object>> keys = new ArrayList<>();
      for (KeyPair key : md.keys()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", key.name());
        entry.put("type", key.type());
        entry.put("data", key.data());
        keys.add(entry);
      }
      doc.put("keys", keys);
    }
    doc.put("hostname", md.hostname());
    doc.put("name", md.name());
    doc.put("launch_index", md.launchIndex());
    doc.put("availability_zone", md.availabilityZone());
    if (atLeast(GRIZZLY, version)) {
      doc.put("random_seed", Base64.getEncoder().encodeToString(md.randomSeed()));
    }
    if (atLeast(LIBERTY, version)) {
      doc.put("project_id", md.projectId());
    }
    if (atLeast(NEWTON_ONE, version)) {
      doc.put("devices", devices(md.devices(), version));
    }
    if (atLeast(VICTORIA, version)) {
      doc.put("dedicated_cpus", md.dedicatedCpus());
    }
    return doc;
  }

  private static List<Map<String, Object>> devices(
      List<Map<String, Object>> devices, String version) {
    List<Map<String, Object>> rendered = new ArrayList<>();
    for (Map<String, Object> device : devices) {
      Map<String, Object> copy = new LinkedHashMap<>(device);
      if (!atLeast(OCATA, version)) {
        copy.remove("vlan");
      }
      if (!atLeast(ROCKY, version)) {
        copy.remove("vf_trusted");
      }
      rendered.add(copy);
    }
    return rendered;
  }

  /**
   * {@code network_data.json}.
   *
   * @param data the network document
   * @return the JSON tree
   */
  public static Map<String, Object> networkData(NetworkData data) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("links", data.links().stream().map(MetadataDocuments::link).toList());
    doc.put("networks", data.networks().stream().map(MetadataDocuments::network).toList());
    doc.put("services", data.services().stream().map(MetadataDocuments::service).toList());
    return doc;
  }

  private static Map<String, Object> link(NetworkLink link) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", link.id());
    if (link.vifId() != null) {
      doc.put("vif_id", link.vifId());
    }
    doc.put("type", link.type());
    if (link.vifId() != null || link.isVlan()) {
      doc.put("mtu", link.mtu());
    }
    if (link.isVlan()) {
      doc.put("vlan_link", link.vlanLink());
      doc.put("vlan_id", link.vlanId());
      doc.put("vlan_mac_address", link.ethernetMacAddress());
      return doc;
    }
    doc.put("ethernet_mac_address", link.ethernetMacAddress());
    if (link.isBond()) {
      doc.put("bond_mode", link.bondMode());
      doc.put("bond_links", link.bondLinks());
      doc.putAll(link.bondProperties());
    }
    return doc;
  }

  private static Map<String, Object> network(Network network) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", network.id());
    doc.put("type", network.type());
    doc.put("link", network.link());
    if (!network.isDhcp()) {
      doc.put("ip_address", network.ipAddress());
      doc.put("netmask", network.netmask());
      doc.put("routes", network.routes().stream().map(MetadataDocuments::route).toList());
    }
    doc.put("network_id", network.networkId());
    if (!network.isDhcp()) {
      doc.put("services", network.services().stream().map(MetadataDocuments::service).toList());
    }
    return doc;
  }

  private static Map<String, Object> route(NetworkRoute route) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("network", route.network());
    doc.put("netmask", route.netmask());
    doc.put("gateway", route.gateway());
    return doc;
  }

  private static Map<String, Object> service(NetworkService service) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("type", service.type());
    doc.put("address", service.address());
    return doc;
  }

  /**
   * {@code vendor_data2.json}: the static document under {@code static}, then dynamic ones.
   *
   * @param content the content
   * @return the document
   */
  public static Map<String, Object> vendorData2(ConfigDriveContent content) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("static", content.vendorData().staticData());
    doc.putAll(content.vendorData().dynamicData());
    return doc;
  }

  /**
   * {@code ec2/<version>/meta-data.json} (all EC2 fields Nova gates by version are present in the
   * versions written, {@code 2009-04-04} and {@code latest}).
   *
   * @param content the content
   * @param ec2 the EC2 facts
   * @return the document
   */
  public static Map<String, Object> ec2MetaData(ConfigDriveContent content, Ec2Metadata ec2) {
    InstanceMetadata md = content.metadata();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("ami-id", ec2.amiId());
    doc.put("ami-launch-index", md.launchIndex());
    doc.put("ami-manifest-path", "FIXME");
    doc.put("instance-id", ec2.instanceId());
    doc.put("hostname", md.hostname());
    doc.put("local-ipv4", ec2.localIpv4());
    doc.put("reservation-id", ec2.reservationId());
    doc.put("security-groups", ec2.securityGroups());
    if (!md.keys().isEmpty()) {
      // Nova means to drop "_name" here, but its delete looks in the wrong dict and never
      // succeeds, so real drives carry it; keep it for byte-for-byte parity with Nova.
      KeyPair first = md.keys().get(0);
      Map<String, Object> key = new LinkedHashMap<>();
      key.put("_name", "0=" + first.name());
      key.put("openssh-key", first.data());
      doc.put("public-keys", singleton("0", key));
    }
    doc.put("local-hostname", md.hostname());
    doc.put("public-hostname", md.hostname());
    doc.put("public-ipv4", ec2.publicIpv4());
    doc.put("instance-type", ec2.instanceType());
    doc.put("block-device-mapping", ec2.blockDeviceMapping());
    ec2.kernelId().ifPresent(id -> doc.put("kernel-id", id));
    ec2.ramdiskId().ifPresent(id -> doc.put("ramdisk-id", id));
    doc.put("placement", singleton("availability-zone", md.availabilityZone()));
    doc.put("instance-action", "none");
    return doc;
  }

  private static Map<String, Object> singleton(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }

  private static String key(int index) {
    return String.format("%04d", index);
  }
}
