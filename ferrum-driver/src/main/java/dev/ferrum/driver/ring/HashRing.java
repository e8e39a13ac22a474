package dev.ferrum.driver.ring;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Consistent hash ring that maps Ironic node uuids to compute service hosts exactly as {@code
 * tooz.hashring.HashRing} (MD5, weight 1) does, so that Ferrum and Nova agree on node ownership.
 *
 * <p>Construction: for every member {@code m} with UTF-8 bytes {@code k}, the r-th ring point
 * ({@code r = 0 .. partitions-1}) is {@code MD5(k repeated r+2 times)} read as an unsigned 128-bit
 * integer (tooz seeds a running digest with {@code k} and feeds {@code k} once more per point).
 * Lookup hashes the key's UTF-8 bytes with MD5 and takes the first point <em>strictly greater</em>
 * than that hash, wrapping to the smallest point.
 *
 * <p>Instances are immutable and safe to share between threads. Member names are used verbatim;
 * callers that need Nova's case folding lower-case them first (see {@link RingMembership}).
 */
public final class HashRing {

  /** The partition count Nova passes to tooz ({@code 32} points per member). */
  public static final int DEFAULT_PARTITIONS = 32;

  private final Set<String> members;
  private final int partitions;
  private final NavigableMap<BigInteger, String> points;
  private final BigInteger[] keys;
  private final String[] owners;

  private HashRing(Set<String> members, int partitions, NavigableMap<BigInteger, String> points) {
    this.members = members;
    this.partitions = partitions;
    this.points = points;
    this.keys = points.keySet().toArray(BigInteger[]::new);
    this.owners = points.values().toArray(String[]::new);
  }

  /**
   * Builds a ring with {@link #DEFAULT_PARTITIONS} points per member.
   *
   * @param members the member names (duplicates collapse, as tooz builds a set); not empty
   * @return the ring
   * @throws IllegalArgumentException if {@code members} is empty or contains a blank name
   */
  public static HashRing of(Collection<String> members) {
    return of(members, DEFAULT_PARTITIONS);
  }

  /**
   * Builds a ring with {@code partitions} points per member.
   *
   * @param members the member names (duplicates collapse); not empty
   * @param partitions points per member, at least 1
   * @return the ring
   * @throws IllegalArgumentException if {@code members} is empty, a name is empty, or {@code
   *     partitions < 1}
   */
  public static HashRing of(Collection<String> members, int partitions) {
    Objects.requireNonNull(members, "members");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    Set<String> sorted = new TreeSet<>();
    for (String member : members) {
      Objects.requireNonNull(member, "member");
      if (member.isEmpty()) {
        throw new IllegalArgumentException("hash ring member names must not be empty");
      }
      sorted.add(member);
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a hash ring needs at least one member");
    }
    NavigableMap<BigInteger, String> points = new TreeMap<>();
    for (String member : sorted) {
      byte[] key = member.getBytes(StandardCharsets.UTF_8);
      MessageDigest running = md5();
      running.update(key);
      for (int r = 0; r < partitions; r++) {
        running.update(key);
        points.put(unsigned(digestSoFar(running)), member);
      }
    }
    return new HashRing(
        Collections.unmodifiableSet(new LinkedHashSet<>(sorted)),
        partitions,
        Collections.unmodifiableNavigableMap(points));
  }

  /**
   * The members of this ring.
   *
   * @return an unmodifiable set of member names, in ascending order
   */
  public Set<String> members() {
    return members;
  }

  /**
   * The number of points per member this ring was built with.
   *
   * @return the partition count
   */
  public int partitions() {
    return partitions;
  }

  /**
   * The member that owns {@code key}: what tooz's {@code get_nodes(key)} returns (one replica).
   *
   * @param key the key, usually an Ironic node uuid in Ironic's lower-case canonical form
   * @return the owning member
   */
  public String ownerOf(String key) {
    if (members.size() == 1) {
      // Every point belongs to the one member: no need to hash (a 10,000-node refresh saves
      // 10,000 MD5s), and the answer is the same as the lookup's.
      return owners[0];
    }
    return owners[startIndex(key)];
  }

  /**
   * The members responsible for {@code key} with {@code replicas} replicas and without the members
   * in {@code ignore}, following tooz's {@code get_nodes(key, ignore_nodes, replicas)}: start at
   * the key's point and walk the ring forward collecting distinct members until enough are found.
   *
   * @param key the key to place
   * @param replicas how many members are wanted; capped at the number of eligible members
   * @param ignore members that must not be returned
   * @return the chosen members, in the order they were met on the ring
   */
  public Set<String> membersFor(String key, int replicas, Set<String> ignore) {
    Objects.requireNonNull(ignore, "ignore");
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must not be negative, got " + replicas);
    }
    long eligible = members.stream().filter(m -> !ignore.contains(m)).count();
    int wanted = (int) Math.min(replicas, eligible);
    int index = startIndex(key);
    Set<String> chosen = new LinkedHashSet<>();
    while (chosen.size() < wanted) {
      String member = owners[index];
      if (!ignore.contains(member)) {
        chosen.add(member);
      }
      index = (index + 1) % owners.length;
    }
    return Collections.unmodifiableSet(chosen);
  }

  /**
   * The ring points, for diagnostics and compatibility tests.
   *
   * @return an unmodifiable sorted map from point (unsigned 128-bit value) to member
   */
  public NavigableMap<BigInteger, String> points() {
    return points;
  }

  /**
   * The MD5 of {@code key}'s UTF-8 bytes as an unsigned integer: the position tooz looks up.
   *
   * @param key the key
   * @return the key's hash
   */
  public static BigInteger hashOf(String key) {
    Objects.requireNonNull(key, "key");
    return unsigned(md5().digest(key.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Index of the first point strictly greater than the key's hash, wrapping to 0 (bisect_right).
   */
  private int startIndex(String key) {
    BigInteger hash = hashOf(key);
    int low = 0;
    int high = keys.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (keys[mid].compareTo(hash) > 0) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low < keys.length ? low : 0;
  }

  private static byte[] digestSoFar(MessageDigest running) {
    try {
      return ((MessageDigest) running.clone()).digest();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("MD5 digest cannot be cloned on this JVM", e);
    }
  }

  private static BigInteger unsigned(byte[] digest) {
    return new BigInteger(1, digest);
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required by every Java platform", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HashRing that
        && partitions == that.partitions
        && members.equals(that.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(members, partitions);
  }

  @Override
  public String toString() {
    return "HashRing[members=" + members + ", partitions=" + partitions + "]";
  }
}
