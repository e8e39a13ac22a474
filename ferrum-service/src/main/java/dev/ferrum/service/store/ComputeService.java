package dev.ferrum.service.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A running Ferrum service process as other processes see it: its host, whether it is alive (its
 * last heartbeat) and whether an operator disabled it. This is what {@code openstack compute
 * service list} shows and what scale-out uses to know its peers.
 *
 * @param id uuid
 * @param host the host name the process runs as
 * @param binary the process kind, e.g. {@code ferrum-compute}
 * @param disabled whether an operator took it out of scheduling
 * @param disabledReason why, or {@code null}
 * @param version the service's schema/protocol version
 * @param heartbeatAt last heartbeat, or {@code null} if it never reported
 * @param createdAt first registration
 * @param updatedAt last change
 */
public record ComputeService(
    String id,
    String host,
    String binary,
    boolean disabled,
    String disabledReason,
    int version,
    Instant heartbeatAt,
    Instant createdAt,
    Instant updatedAt) {
  /** The binary name Ferrum's compute services register under (Nova's {@code nova-compute}). */
  public static final String COMPUTE_BINARY = "ferrum-compute";

  /** How long without a heartbeat makes a service down (Nova's {@code service_down_time}). */
  public static final Duration DOWN_AFTER = Duration.ofSeconds(60);

  /** Validates required fields. */
  public ComputeService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Tells whether the service reported recently enough to count as up (Nova's {@code state}).
   *
   * @param now the current time
   * @param downAfter how long without a heartbeat means down (Nova: 60 s)
   * @return {@code true} if up
   */
  public boolean isUp(Instant now, Duration downAfter) {
    return heartbeatAt != null && !heartbeatAt.plus(downAfter).isBefore(now);
  }
}
