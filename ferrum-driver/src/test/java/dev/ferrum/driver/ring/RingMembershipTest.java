package dev.ferrum.driver.ring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hash-ring membership scenarios HR-01 … HR-07 (reference §6.1), at the membership level. */
class RingMembershipTest {

  /** Records which hosts were liveness-checked. */
  private static final class Liveness implements Predicate<String> {
    private final Map<String, Boolean> up;
    final List<String> checked = new ArrayList<>();

    Liveness(Map<String, Boolean> up) {
      this.up = up;
    }

    @Override
    public boolean test(String host) {
      checked.add(host);
      return up.getOrDefault(host, false);
    }
  }

  /** Counts microversion checks. */
  private static final class Microversion implements BooleanSupplier {
    private final boolean supported;
    final AtomicInteger calls = new AtomicInteger();

    Microversion(boolean supported) {
      this.supported = supported;
    }

    @Override
    public boolean getAsBoolean() {
      calls.incrementAndGet();
      return supported;
    }
  }

  private static RingSettings conductorGroup(String host, List<String> peers) {
    return new RingSettings(host, Optional.empty(), Optional.of("not-none"), peers);
  }

  @Test
  @DisplayName("HR-01 self only, and case folding of service hosts")
  void hr01SelfOnlyAndCaseFolding() {
    for (String stored : List.of("host1", "Host1")) {
      Liveness live = new Liveness(Map.of(stored, true));
      RingMembership m =
          RingMembership.compute(
              RingSettings.forHost("host1"), new Microversion(true), List.of(stored), live);
      assertThat(m.members()).containsExactly("host1");
      assertThat(m.deprecationWarnings()).isEmpty();
      assertThat(m.toHashRing().points()).hasSize(32);
    }
  }

  @Test
  @DisplayName("HR-01 brand-new service with no service rows is still on the ring, lower-cased")
  void hr01NoServicesYet() {
    RingMembership m =
        RingMembership.compute(
            RingSettings.forHost("HOST1"), new Microversion(true), List.of(), h -> true);
    assertThat(m.members()).containsExactly("host1");
  }

  @Test
  @DisplayName("HR-03 down computes leave the ring")
  void hr03DownComputesLeave() {
    Liveness live =
        new Liveness(Map.of("host1", true, "host2", true, "host3", false, "host4", true));
    Microversion mv = new Microversion(true);
    RingMembership m =
        RingMembership.compute(
            RingSettings.forHost("host1"), mv, List.of("host1", "host2", "host3", "host4"), live);
    assertThat(m.members()).containsExactlyInAnyOrder("host1", "host2", "host4");
    assertThat(m.deprecationWarnings())
        .containsExactly(RingMembership.MULTIPLE_MEMBERS_DEPRECATION);
    assertThat(mv.calls).hasValue(0);
  }

  @Test
  @DisplayName("HR-04 peer list with conductor group; services outside it are not checked")
  void hr04PeerListWithConductorGroup() {
    Liveness live = new Liveness(Map.of("host1", true, "host2", true, "host3", true));
    Microversion mv = new Microversion(true);
    RingMembership m =
        RingMembership.compute(
            conductorGroup("host1", List.of("host1", "host2")),
            mv,
            List.of("host1", "host2", "host3"),
            live);
    assertThat(mv.calls).hasValue(1);
    assertThat(m.members()).containsExactlyInAnyOrder("host1", "host2");
    assertThat(live.checked).containsExactly("host1", "host2");
  }

  @Test
  @DisplayName("HR-04 conductor group on an Ironic older than 1.46: no filter")
  void hr04OldIronicMeansNoFilter() {
    Liveness live = new Liveness(Map.of("host1", true, "host2", true, "host3", true));
    RingMembership m =
        RingMembership.compute(
            conductorGroup("host1", List.of()),
            new Microversion(false),
            List.of("host1", "host2", "host3"),
            live);
    assertThat(m.members()).containsExactlyInAnyOrder("host1", "host2", "host3");
    assertThat(live.checked).containsExactly("host1", "host2", "host3");
  }

  @Test
  @DisplayName("HR-05 shard forces a one-member ring, with or without conductor group")
  void hr05ShardForcesOneMember() {
    List<RingSettings> variants =
        List.of(
            new RingSettings("host1", Optional.of("shard1"), Optional.empty(), List.of()),
            new RingSettings(
                "host1",
                Optional.of("shard1"),
                Optional.of("not-none"),
                List.of("host1", "host2")));
    for (RingSettings settings : variants) {
      Liveness live = new Liveness(Map.of("host1", true, "host2", true, "host3", true));
      Microversion mv = new Microversion(true);
      RingMembership m =
          RingMembership.compute(settings, mv, List.of("host1", "host2", "host3"), live);
      assertThat(m.members()).containsExactly("host1");
      assertThat(mv.calls).hasValue(0);
      assertThat(live.checked).containsExactly("host1");
      assertThat(m.deprecationWarnings()).isEmpty();
    }
  }

  @Test
  @DisplayName("HR-07 peer list validation: [] and [host2] raise InvalidPeerList")
  void hr07InvalidPeerLists() {
    for (List<String> peers : List.of(List.<String>of(), List.of("host2"))) {
      Liveness live = new Liveness(Map.of("host1", true, "host2", true));
      assertThatThrownBy(() ->
              RingMembership.compute(
                  conductorGroup("host1", peers),
                  new Microversion(true),
                  List.of("host1", "host2"),
                  live))
          .isInstanceOf(InvalidPeerListException.class)
          .hasMessageContaining("peer_list")
          .hasMessageContaining("host1");
      assertThat(live.checked).isEmpty();
    }
  }

  @Test
  @DisplayName("HR-07 peer list membership of this host is case-sensitive")
  void hr07CaseSensitivePeerList() {
    assertThatThrownBy(() ->
            RingMembership.compute(
                conductorGroup("host1", List.of("HOST1")),
                new Microversion(true),
                List.of(),
                h -> true))
        .isInstanceOf(InvalidPeerListException.class);
  }

  @Test
  @DisplayName("HR-07 peer list [host1]: no warning; [host1, host2]: deprecation warning only")
  void hr07ValidPeerLists() {
    RingMembership alone =
        RingMembership.compute(
            conductorGroup("host1", List.of("host1")),
            new Microversion(true),
            List.of("host1"),
            h -> true);
    assertThat(alone.deprecationWarnings()).isEmpty();
    assertThat(alone.members()).isEqualTo(Set.of("host1"));

    RingMembership two =
        RingMembership.compute(
            conductorGroup("host1", List.of("host1", "host2")),
            new Microversion(true),
            List.of("host1"),
            h -> true);
    assertThat(two.deprecationWarnings()).containsExactly(RingMembership.PEER_LIST_DEPRECATION);
    assertThat(two.members()).containsExactly("host1");
  }

  @Test
  void settingsValidate() {
    assertThatThrownBy(() -> RingSettings.forHost("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RingSettings("h", Optional.empty(), Optional.empty(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("peerList");
  }
}
