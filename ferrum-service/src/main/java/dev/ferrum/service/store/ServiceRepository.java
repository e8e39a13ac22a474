package dev.ferrum.service.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The registry of running service processes and their heartbeats (Nova's services table). */
public interface ServiceRepository {
  /**
   * Registers a process, or returns the existing registration for the same host and binary with its
   * version updated. Safe to call from several processes at once.
   *
   * @param host the host name
   * @param binary the process kind
   * @param version the process's version
   * @param at the current time
   * @return the registration
   */
  ComputeService register(String host, String binary, int version, Instant at);

  /**
   * Records a heartbeat.
   *
   * @param id the service id
   * @param at the heartbeat time
   * @throws dev.ferrum.service.NotFoundException if there is no such service
   */
  void heartbeat(String id, Instant at);

  /**
   * Enables or disables a service.
   *
   * @param id the service id
   * @param disabled the new flag
   * @param reason why, or {@code null}
   * @param at the current time
   * @return the updated service
   * @throws dev.ferrum.service.NotFoundException if there is no such service
   */
  ComputeService setDisabled(String id, boolean disabled, String reason, Instant at);

  /**
   * Looks a service up by host and binary.
   *
   * @param host the host
   * @param binary the process kind
   * @return the service, or empty
   */
  Optional<ComputeService> find(String host, String binary);

  /**
   * Lists every service, ordered by host and binary.
   *
   * @return the services
   */
  List<ComputeService> list();
}
