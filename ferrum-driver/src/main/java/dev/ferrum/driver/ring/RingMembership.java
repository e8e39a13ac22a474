package dev.ferrum.driver.ring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is on the hash ring, decided exactly as Nova's Ironic driver does when it refreshes its ring.
 * It is a value separate from {@link HashRing} so that the decision (which depends on
 * configuration, the service list and liveness) can be tested and logged on its own.
 *
 * @param members the lower-cased member host names, always including this service's host
 * @param deprecationWarnings the deprecation warnings this membership triggered (also logged)
 */
public record RingMembership(Set<String> members, List<String> deprecationWarnings) {

  private static final Logger LOG = LoggerFactory.getLogger(RingMembership.class);

  /** Warning emitted when a peer list names more than one host. */
  public static final String PEER_LIST_DEPRECATION =
      "Having multiple compute services in your [ironic]peer_list is deprecated; use one compute"
          + " service per conductor group or shard";

  /** Warning emitted when more than one service ends up on the ring. */
  public static final String MULTIPLE_MEMBERS_DEPRECATION =
      "Multiple compute services sharing the same set of Ironic nodes (one hash ring with more"
          + " than one member) is deprecated; use [ironic]shard or one service per conductor group";

  /** Copies the inputs. */
  public RingMembership {
    members = Set.copyOf(new TreeSet<>(Objects.requireNonNull(members, "members")));
    deprecationWarnings = List.copyOf(Objects.requireNonNull(deprecationWarnings, "warnings"));
  }

  /**
   * Computes the membership.
   *
   * <ol>
   *   <li>A shard restricts candidates to this host (no microversion check, conductor group and
   *       peer list ignored).
   *   <li>Else a conductor group, when Ironic supports conductor groups (API 1.46, asked once
   *       through {@code conductorGroupsSupported}), restricts candidates to the peer list, which
   *       must be non-empty and contain this host (exact, case-sensitive).
   *   <li>Each candidate service host is checked for liveness (services outside the filter are not
   *       checked) and added lower-cased when up; this host is always added.
   * </ol>
   *
   * @param settings the ring configuration
   * @param conductorGroupsSupported whether Ironic supports API 1.46; only consulted when a
   *     conductor group is configured and no shard is
   * @param ironicComputeHosts hosts of the enabled ironic compute services, as stored
   * @param serviceUp liveness oracle for a service host
   * @return the membership
   * @throws InvalidPeerListException if the peer list is in use and is empty or lacks this host
   */
  public static RingMembership compute(
      RingSettings settings,
      BooleanSupplier conductorGroupsSupported,
      Collection<String> ironicComputeHosts,
      Predicate<String> serviceUp) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(conductorGroupsSupported, "conductorGroupsSupported");
    Objects.requireNonNull(ironicComputeHosts, "ironicComputeHosts");
    Objects.requireNonNull(serviceUp, "serviceUp");
    List<String> warnings = new ArrayList<>();
    Optional<Set<String>> filter = candidateFilter(settings, conductorGroupsSupported, warnings);

    Set<String> members = new LinkedHashSet<>();
    for (String host : ironicComputeHosts) {
      boolean candidate = filter.map(f -> f.contains(host)).orElse(true);
      if (candidate && serviceUp.test(host)) {
        members.add(fold(host));
      }
    }
    members.add(fold(settings.host()));
    if (members.size() > 1) {
      warn(warnings, MULTIPLE_MEMBERS_DEPRECATION);
    }
    return new RingMembership(members, warnings);
  }

  /**
   * Builds the ring Nova builds from this membership ({@link HashRing#DEFAULT_PARTITIONS} points
   * per member).
   *
   * @return the hash ring
   */
  public HashRing toHashRing() {
    return HashRing.of(members, HashRing.DEFAULT_PARTITIONS);
  }

  private static Optional<Set<String>> candidateFilter(
      RingSettings settings, BooleanSupplier conductorGroupsSupported, List<String> warnings) {
    if (settings.shard().isPresent()) {
      return Optional.of(Set.of(settings.host()));
    }
    if (settings.conductorGroup().isEmpty() || !conductorGroupsSupported.getAsBoolean()) {
      return Optional.empty();
    }
    Set<String> peers = new LinkedHashSet<>(settings.peerList());
    if (peers.isEmpty()) {
      throw invalid(
          "[ironic]peer_list must not be empty when [ironic]conductor_group is set; it must"
              + " contain this host ("
              + settings.host()
              + ")");
    }
    if (!peers.contains(settings.host())) {
      throw invalid(
          "[ironic]peer_list " + peers + " must contain this host (" + settings.host() + ")");
    }
    if (peers.size() > 1) {
      warn(warnings, PEER_LIST_DEPRECATION);
    }
    return Optional.of(Set.copyOf(peers));
  }

  private static InvalidPeerListException invalid(String message) {
    LOG.error("{}", message);
    return new InvalidPeerListException(message);
  }

  private static void warn(List<String> warnings, String message) {
    LOG.warn("{}", message);
    warnings.add(message);
  }

  private static String fold(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
