package dev.ferrum.conformance;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeCreate;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionState;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The nodes one test creates, each uniquely named, and deleted when the test ends (undeployed
 * first, maintenance cleared, locks waited out), so tests are independent, can run in any order and
 * leave a shared real Ironic as they found it.
 */
final class TestNodes implements AutoCloseable {
  /** The interfaces every conformance node uses (what real-Ironic's fake-hardware enables). */
  static final Map<String, String> FAKE_INTERFACES = fakeInterfaces();

  private final IronicTarget target;
  private final String prefix;
  private final List<String> created = new ArrayList<>();

  TestNodes(IronicTarget target, String testName) {
    this.target = target;
    this.prefix =
        "conf-"
            + testName.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, String> fakeInterfaces() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String k :
        List.of(
            "deploy",
            "boot",
            "power",
            "management",
            "console",
            "rescue",
            "inspect",
            "bios",
            "raid",
            "vendor")) {
      m.put(k, "fake");
    }
    m.put("network", "noop");
    m.put("storage", "noop");
    return Map.copyOf(m);
  }

  /** A unique name for anything this test creates. */
  String uniqueName(String what) {
    return prefix + "-" + what + "-" + created.size();
  }

  /** The client of the target. */
  IronicClient client() {
    return target.client();
  }

  /** Enrols a fake-hardware node (state {@code enroll}). */
  Node enroll() {
    return enroll(UnaryOperator.identity());
  }

  /** Enrols a fake-hardware node, letting the test adjust the create request. */
  Node enroll(UnaryOperator<NodeCreate.Builder> customiser) {
    NodeCreate.Builder b =
        NodeCreate.builder("fake-hardware")
            .name(uniqueName("node"))
            .resourceClass("baremetal")
            .properties(
                Map.of("cpus", 4, "memory_mb", 8192, "local_gb", 100, "cpu_arch", "x86_64"));
    FAKE_INTERFACES.forEach(b::hardwareInterface);
    Node n = client().nodes().create(customiser.apply(b).build());
    created.add(n.uuid());
    return n;
  }

  /** Enrols a node and walks it to {@code available}. */
  Node available() {
    return available(UnaryOperator.identity());
  }

  /** Enrols a customised node and walks it to {@code available}. */
  Node available(UnaryOperator<NodeCreate.Builder> customiser) {
    Node n = enroll(customiser);
    manageAndProvide(n.uuid());
    return client().nodes().get(n.uuid());
  }

  /** enroll → manageable → available. */
  void manageAndProvide(String uuid) {
    client().nodes().setProvisionState(uuid, ProvisionRequest.of(ProvisionVerb.MANAGE));
    Awaits.provisionState(client(), uuid, ProvisionState.MANAGEABLE);
    client().nodes().setProvisionState(uuid, ProvisionRequest.of(ProvisionVerb.PROVIDE));
    Awaits.provisionState(client(), uuid, ProvisionState.AVAILABLE);
  }

  /** Instance info that deploys on fake-hardware without any outgoing request. */
  static Map<String, Object> instanceInfo() {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("image_source", "http://127.0.0.1:9/conformance.qcow2");
    info.put("image_checksum", "d41d8cd98f00b204e9800998ecf8427e");
    info.put("image_type", "whole-disk");
    info.put("root_gb", "10");
    info.put("capabilities", Map.of("boot_option", "local"));
    info.put("display_name", "conformance");
    return info;
  }

  /** Reserves the node for a new instance and sets its instance_info; returns the instance. */
  String prepareDeploy(String uuid) {
    String instance = UUID.randomUUID().toString();
    client().nodes().reserve(uuid, instance);
    client()
        .nodes()
        .update(uuid, JsonPatch.builder().add("/instance_info", instanceInfo()).build());
    return instance;
  }

  /** A node deployed to {@code active} with a base64 config drive. */
  Node active() {
    Node n = available();
    prepareDeploy(n.uuid());
    client()
        .nodes()
        .setProvisionState(
            n.uuid(), ProvisionRequest.deploy(Optional.of(new ConfigDrive.Encoded("H4sIAAAA"))));
    return Awaits.provisionState(client(), n.uuid(), ProvisionState.ACTIVE);
  }

  /** Deletes every node this test created, undeploying first; fails if one cannot be deleted. */
  @Override
  public void close() {
    AssertionError failure = null;
    for (String uuid : created.reversed()) {
      try {
        remove(uuid);
      } catch (RuntimeException | AssertionError e) {
        if (failure == null) {
          failure = new AssertionError("cleanup of node " + uuid + " failed: " + e, e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    created.clear();
    if (failure != null) {
      throw failure;
    }
  }

  private void remove(String uuid) {
    IronicClient c = client();
    Node n;
    try {
      n = Awaits.unlocked(c, uuid);
    } catch (IronicNotFoundException gone) {
      return;
    }
    if (n.inMaintenance()) {
      c.nodes().clearMaintenance(uuid);
    }
    String state = n.provisionState();
    if (List.of(
            ProvisionState.ACTIVE,
            ProvisionState.RESCUE,
            ProvisionState.DEPLOY_FAILED,
            ProvisionState.RESCUE_FAILED,
            ProvisionState.UNRESCUE_FAILED)
        .contains(state)) {
      c.nodes().setProvisionState(uuid, ProvisionRequest.of(ProvisionVerb.DELETED));
      Awaits.provisionState(c, uuid, ProvisionState.AVAILABLE);
    }
    if (c.nodes().get(uuid).instanceUuid() != null) {
      c.nodes().release(uuid);
    }
    if (c.nodes().get(uuid).consoleEnabled() == Boolean.TRUE) {
      c.nodes().setConsoleEnabled(uuid, false);
      Awaits.unlocked(c, uuid);
    }
    c.nodes().delete(uuid);
  }
}
