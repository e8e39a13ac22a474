package dev.ferrum.driver.ring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ring arithmetic against the vectors written in the reference (§6.2 and scenario HR-09). */
class HashRingTest {

  private static final HashRing THREE = HashRing.of(List.of("compute-1", "compute-2", "compute-3"));
  private static final HashRing TWO = HashRing.of(List.of("compute-1", "compute-2"));

  @ParameterizedTest(name = "HR-09 three members: {0} -> {1}")
  @DisplayName("HR-09 ring arithmetic compatibility, members {compute-1, compute-2, compute-3}")
  @CsvSource({
    "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa, compute-1",
    "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee, compute-2",
    "11111111-2222-3333-4444-555555555555, compute-3",
    "00000000-0000-0000-0000-000000000000, compute-3",
    "ffffffff-ffff-ffff-ffff-ffffffffffff, compute-2",
    "6b6f2e5c-1c2a-4c1e-9d7a-3f1e2d4c5b6a, compute-2",
  })
  void hr09ThreeMembers(String nodeUuid, String owner) {
    assertThat(THREE.ownerOf(nodeUuid)).isEqualTo(owner);
    assertThat(THREE.membersFor(nodeUuid, 1, Set.of())).containsExactly(owner);
  }

  @ParameterizedTest(name = "HR-09 two members: {0} -> {1}")
  @DisplayName("HR-09 ring arithmetic compatibility, members {compute-1, compute-2}")
  @CsvSource({
    "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa, compute-1",
    "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee, compute-2",
    "11111111-2222-3333-4444-555555555555, compute-1",
    "00000000-0000-0000-0000-000000000000, compute-1",
    "ffffffff-ffff-ffff-ffff-ffffffffffff, compute-2",
    "6b6f2e5c-1c2a-4c1e-9d7a-3f1e2d4c5b6a, compute-2",
  })
  void hr09TwoMembers(String nodeUuid, String owner) {
    assertThat(TWO.ownerOf(nodeUuid)).isEqualTo(owner);
  }

  @Test
  @DisplayName("HR-09 single member owns every key")
  void hr09SingleMember() {
    HashRing ring = HashRing.of(List.of("solo"));
    for (String key :
        List.of(
            "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff")) {
      assertThat(ring.ownerOf(key)).isEqualTo("solo");
    }
  }

  @Test
  @DisplayName("S-6.2 key hash is MD5 of the UTF-8 uuid (reference table)")
  void keyHashMatchesReference() {
    assertThat(HashRing.hashOf("eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa"))
        .isEqualTo(new BigInteger("9a962547ac4b6c258c550a5983524906", 16));
    assertThat(HashRing.hashOf("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"))
        .isEqualTo(new BigInteger("a99ef0d86ae019729617694d449a8242", 16));
    assertThat(HashRing.hashOf("11111111-2222-3333-4444-555555555555"))
        .isEqualTo(new BigInteger("c6426b96020dfc0cac3adc1cf3952797", 16));
  }

  @Test
  @DisplayName("S-6.2 ring points of compute-1 are MD5(name repeated r+2 times)")
  void ringPointsMatchReference() {
    HashRing ring = HashRing.of(List.of("compute-1"));
    assertThat(ring.points()).hasSize(32);
    assertThat(ring.points().values()).containsOnly("compute-1");
    assertThat(ring.points())
        .containsKey(new BigInteger("eb94af76b41b58244a2fa1f6e2aa3be3", 16))
        .containsKey(new BigInteger("00335b48915fa31c262263970718defc", 16))
        .containsKey(new BigInteger("ed61b5fc46a86db893e7033b256d7369", 16))
        .containsKey(new BigInteger("c034a867452020d8da777a479961be6a", 16));
    assertThat(HashRing.hashOf("compute-1".repeat(2)))
        .isEqualTo(new BigInteger("eb94af76b41b58244a2fa1f6e2aa3be3", 16));
    assertThat(HashRing.hashOf("compute-1".repeat(33)))
        .isEqualTo(new BigInteger("c034a867452020d8da777a479961be6a", 16));
  }

  @Test
  @DisplayName("HR-01 32 partitions per member; duplicate members collapse")
  void partitionsPerMember() {
    HashRing ring = HashRing.of(List.of("b", "a", "b", "c"));
    assertThat(ring.members()).containsExactly("a", "b", "c");
    assertThat(ring.partitions()).isEqualTo(HashRing.DEFAULT_PARTITIONS);
    assertThat(ring.points()).hasSize(3 * 32);
    assertThat(HashRing.of(List.of("a", "b"), 5).points()).hasSize(10);
  }

  @Test
  void membersAreCaseSensitiveAsInTooz() {
    assertThat(HashRing.of(List.of("Host1")).ownerOf("x")).isEqualTo("Host1");
    assertThat(HashRing.of(List.of("Host1")).points().firstKey())
        .isNotEqualTo(HashRing.of(List.of("host1")).points().firstKey());
  }

  @Test
  void replicasWalkTheRingAndAreCapped() {
    String key = "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa";
    assertThat(THREE.membersFor(key, 5, Set.of()))
        .containsExactlyInAnyOrder("compute-1", "compute-2", "compute-3");
    assertThat(THREE.membersFor(key, 3, Set.of("compute-1")))
        .containsExactlyInAnyOrder("compute-2", "compute-3");
    assertThat(THREE.membersFor(key, 0, Set.of())).isEmpty();
    assertThat(THREE.membersFor(key, 1, Set.of("compute-1", "compute-2", "compute-3"))).isEmpty();
  }

  @Test
  void rejectsUnusableInput() {
    assertThatThrownBy(() -> HashRing.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one member");
    assertThatThrownBy(() -> HashRing.of(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HashRing.of(List.of("a"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> THREE.membersFor("k", -1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valueSemantics() {
    assertThat(HashRing.of(List.of("compute-2", "compute-1")))
        .isEqualTo(TWO)
        .hasSameHashCodeAs(TWO)
        .isNotEqualTo(HashRing.of(List.of("compute-1", "compute-2"), 4));
    assertThat(TWO.toString()).contains("compute-1", "compute-2", "32");
  }
}
