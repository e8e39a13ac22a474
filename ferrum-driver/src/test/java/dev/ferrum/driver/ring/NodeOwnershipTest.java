package dev.ferrum.driver.ring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ownership rule of the cache refresh (reference §6.3 step 5), scenarios NC-03 … NC-07. */
class NodeOwnershipTest {

  private static final String N = "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa";
  private static final String A = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
  private static final String U1 = "11111111-2222-3333-4444-555555555555";
  private static final HashRing THREE = HashRing.of(List.of("compute-1", "compute-2", "compute-3"));

  private static List<String> managed(
      HashRing ring, String host, Set<String> mine, String[][] nodes) {
    return Stream.of(nodes)
        .filter(n -> NodeOwnership.isManagedHere(n[0], n[1], mine, ring, host))
        .map(n -> n[0])
        .toList();
  }

  @Test
  @DisplayName("NC-03 multiple computes split free nodes by the ring")
  void nc03RingSplitsFreeNodes() {
    String[][] free = {{N, null}, {A, null}, {U1, null}};
    assertThat(managed(THREE, "compute-1", Set.of(), free)).containsExactly(N);
    assertThat(managed(THREE, "compute-2", Set.of(), free)).containsExactly(A);
    assertThat(managed(THREE, "Compute-3", Set.of(), free)).containsExactly(U1);
  }

  @Test
  @DisplayName("NC-04 nodes carrying my instances are always mine")
  void nc04MyInstancesAreMine() {
    // A maps to compute-2 on the ring; it carries my instance X, so compute-1 keeps it.
    String[][] nodes = {{A, "xxxxxxxx-0000-0000-0000-000000000001"}, {N, null}};
    HashRing ring = HashRing.of(List.of("compute-1", "compute-2", "compute-3"));
    assertThat(ring.ownerOf(A)).isEqualTo("compute-2");
    assertThat(managed(ring, "compute-1", Set.of("xxxxxxxx-0000-0000-0000-000000000001"), nodes))
        .containsExactly(A, N);
  }

  @Test
  @DisplayName("NC-05 nodes carrying someone else's instance are never mine")
  void nc05OthersInstancesAreNeverMine() {
    // N maps to compute-1 on the ring but carries instance Y, which is not ours.
    String[][] nodes = {{N, "yyyyyyyy-0000-0000-0000-000000000001"}};
    assertThat(THREE.ownerOf(N)).isEqualTo("compute-1");
    assertThat(managed(THREE, "compute-1", Set.of(), nodes)).isEmpty();
  }

  @Test
  @DisplayName("NC-07 mixed node population on a single compute")
  void nc07MixedPopulation() {
    HashRing single = HashRing.of(List.of("host1"));
    String i = "iiiiiiii-0000-0000-0000-000000000001";
    String[][] nodes = {
      {"a0000000-0000-0000-0000-000000000000", null},
      {"b0000000-0000-0000-0000-000000000000", i},
      {"c0000000-0000-0000-0000-000000000000", "other-host-instance"},
      {"d0000000-0000-0000-0000-000000000000", null},
    };
    assertThat(managed(single, "host1", Set.of(i), nodes))
        .containsExactly(
            "a0000000-0000-0000-0000-000000000000",
            "b0000000-0000-0000-0000-000000000000",
            "d0000000-0000-0000-0000-000000000000");
  }
}
