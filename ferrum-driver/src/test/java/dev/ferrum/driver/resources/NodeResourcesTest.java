package dev.ferrum.driver.resources;

import static dev.ferrum.driver.cache.TestNodes.N;
import static dev.ferrum.driver.cache.TestNodes.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.cache.TestNodes;
import dev.ferrum.ironic.client.model.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resource reporting rules on a node in hand (reference §7.2, §7.3; scenarios RES). */
class NodeResourcesTest {

  private static final String INSTANCE = "9a0c3a2e-5b0f-4a55-9f1e-3c0d2f3b4a51";

  private static final Map<String, Object> HARDWARE =
      Map.of("cpus", "2", "memory_mb", "512", "local_gb", "10", "cpu_arch", "x86_64");

  @Test
  @DisplayName("RES-01 resource dict shape: all zeros, exact keys, for available/unavailable/used")
  void res01ResourceDictShape() {
    List<Node> nodes =
        List.of(
            node(N).properties(HARDWARE).resourceClass("foo").instance(INSTANCE).build(),
            node(N).properties(HARDWARE).resourceClass("foo").power("power off").build(),
            node(N).properties(HARDWARE).resourceClass("foo").maintenance(true).build(),
            node(N).properties(HARDWARE).resourceClass("foo").provision("active").build());
    for (Node n : nodes) {
      Map<String, Object> dict = NodeResources.availableResource(n).toMap();

      assertThat(dict.keySet())
          .containsExactly(
              "uuid",
              "hypervisor_hostname",
              "hypervisor_type",
              "hypervisor_version",
              "resource_class",
              "cpu_info",
              "vcpus",
              "vcpus_used",
              "memory_mb",
              "memory_mb_used",
              "local_gb",
              "local_gb_used",
              "disk_available_least",
              "supported_instances",
              "stats",
              "numa_topology");
      assertThat(dict)
          .containsEntry("uuid", N)
          .containsEntry("hypervisor_hostname", N)
          .containsEntry("hypervisor_type", "ironic")
          .containsEntry("hypervisor_version", 1)
          .containsEntry("resource_class", "foo")
          .containsEntry("cpu_info", null)
          .containsEntry("numa_topology", null)
          .containsEntry("stats", Map.of("cpu_arch", "x86_64"))
          .containsEntry("supported_instances", List.of(List.of("x86_64", "baremetal", "hvm")));
      for (String zero :
          List.of(
              "vcpus",
              "vcpus_used",
              "memory_mb",
              "memory_mb_used",
              "local_gb",
              "local_gb_used",
              "disk_available_least")) {
        assertThat(dict).containsEntry(zero, 0);
      }
    }
  }

  @Test
  void noCanonicalArchitectureMeansNoSupportedInstancesAndRawArchInStats() {
    AvailableResource r =
        NodeResources.availableResource(node(N).properties(Map.of("cpu_arch", "z80")).build());

    assertThat(r.supportedInstances()).isEmpty();
    assertThat(r.stats()).containsExactly(Map.entry("cpu_arch", "z80"));
    assertThat(r.resourceClass()).isEmpty();
    assertThat(r.toMap()).containsEntry("resource_class", null);

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("cpu_arch", null);
    assertThat(NodeResources.availableResource(node(N).build()).stats()).isEqualTo(expected);
  }

  @Test
  @DisplayName("RES-03 capabilities become stats after cpu_arch, without a capabilities key")
  void res03CapabilitiesInStats() {
    Map<String, Object> props =
        Map.of("cpu_arch", "x86_64", "capabilities", "test:capability, test2:value2");

    AvailableResource r = NodeResources.availableResource(node(N).properties(props).build());

    assertThat(r.stats())
        .containsExactly(
            Map.entry("cpu_arch", "x86_64"),
            Map.entry("test", "capability"),
            Map.entry("test2", "value2"));
  }

  @Test
  @DisplayName("RES-07 missing resource class raises NoResourceClass")
  void res07MissingResourceClass() {
    Node n = node(N).power("power off").build();

    assertThatThrownBy(() -> NodeResources.providerInventory(n, false))
        .isInstanceOfSatisfying(
            NoResourceClassException.class, e -> assertThat(e.nodeUuid()).isEqualTo(N));
  }

  @Test
  @DisplayName("RES-08 free node inventory: exactly one custom-class record, not reserved")
  void res08FreeNodeInventory() {
    Node n = node(N).properties(HARDWARE).resourceClass("iron-nfv").power("power off").build();

    ProviderInventory inv = NodeResources.providerInventory(n, false);

    assertThat(inv.nodeUuid()).isEqualTo(N);
    assertThat(inv.inventory())
        .containsExactly(Map.entry("CUSTOM_IRON_NFV", new InventoryItem(1, 0, 1, 1, 1, 1.0)));
  }

  @Test
  @DisplayName("RES-09 node in use is reserved; the workaround only matters while still available")
  void res09NodeInUseIsReserved() {
    TestNodes reservedForInstance =
        node(N).resourceClass("iron-nfv").power("power off").instance(INSTANCE);

    assertThat(reserved(reservedForInstance.build(), false)).isEqualTo(1);
    assertThat(reserved(reservedForInstance.build(), true)).isZero();
    for (String state : List.of("active", "deploying", "wait call-back", "cleaning", "error")) {
      Node busy = reservedForInstance.provision(state).build();
      assertThat(reserved(busy, false)).as(state).isEqualTo(1);
      assertThat(reserved(busy, true)).as(state + " with workaround").isEqualTo(1);
    }
    Node nostate = node(N).resourceClass("x").power("power off").provision(null).build();
    assertThat(reserved(nostate, false)).isZero();
    Node nostateUsed =
        node(N).resourceClass("x").power("power off").provision(null).instance(INSTANCE).build();
    assertThat(reserved(nostateUsed, false)).isEqualTo(1);
    assertThat(reserved(nostateUsed, true)).isZero();
  }

  @Test
  void unavailableNodesAreReserved() {
    TestNodes free = node(N).resourceClass("gold").power("power on");
    assertThat(reserved(free.build(), false)).isZero();
    assertThat(reserved(free.maintenance(true).build(), false)).isEqualTo(1);
    assertThat(reserved(node(N).resourceClass("gold").power(null).build(), false)).isEqualTo(1);
    assertThat(reserved(node(N).resourceClass("gold").power("error").build(), false)).isEqualTo(1);
    assertThat(
            reserved(
                node(N).resourceClass("gold").power("power on").provision("manageable").build(),
                true))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("RES-11 traits are replaced by the node's set")
  void res11TraitsReplacement() {
    TestNodes n = node(N).resourceClass("gold").power("power off");

    assertThat(NodeResources.providerInventory(n.traits(List.of()).build(), false).traits())
        .isEmpty();
    assertThat(n.traits(null).build().traits()).isNull();
    assertThat(NodeResources.providerInventory(n.build(), false).traits()).isEmpty();
    assertThat(
            NodeResources.providerInventory(n.traits(List.of("trait1", "trait2")).build(), false)
                .traits())
        .containsExactlyInAnyOrder("trait1", "trait2");
    assertThat(
            NodeResources.providerInventory(
                    n.traits(List.of("trait1", "trait7", "trait42")).build(), false)
                .traits())
        .containsExactlyInAnyOrder("trait1", "trait7", "trait42");
  }

  @ParameterizedTest(name = "RES-12 {0} -> {1}")
  @CsvSource({
    "iron-nfv, CUSTOM_IRON_NFV",
    "baremetal.gold, CUSTOM_BAREMETAL_GOLD",
    "a__b--c, CUSTOM_A_B_C",
    "CUSTOM_GOLD, CUSTOM_CUSTOM_GOLD",
    "a__b, CUSTOM_A_B",
    "gold, CUSTOM_GOLD",
    "'', CUSTOM_",
    "-x-, CUSTOM__X_",
  })
  void res12ResourceClassNormalisation(String raw, String normalised) {
    assertThat(NodeResources.normaliseResourceClass(raw)).isEqualTo(normalised);
    Node n = node(N).resourceClass(raw).power("power off").build();
    assertThat(NodeResources.providerInventory(n, false).inventory()).containsOnlyKeys(normalised);
  }

  @Test
  void inventoryItemRejectsImpossibleValues() {
    assertThatThrownBy(() -> new InventoryItem(1, 2, 1, 1, 1, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InventoryItem(0, 0, 1, 1, 1, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InventoryItem(1, 0, 1, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int reserved(Node n, boolean skipReserveInUse) {
    return NodeResources.providerInventory(n, skipReserveInUse)
        .inventory()
        .values()
        .iterator()
        .next()
        .reserved();
  }
}
