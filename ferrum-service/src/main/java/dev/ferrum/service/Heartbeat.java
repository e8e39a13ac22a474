package dev.ferrum.service;

import dev.ferrum.service.store.ComputeService;
import dev.ferrum.service.store.ServiceRepository;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers this process in the service registry and reports a heartbeat at a fixed interval on a
 * virtual thread, so other processes and {@code os-services} can tell it is alive.
 */
final class Heartbeat implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);
  static final String BINARY = ComputeService.COMPUTE_BINARY;
  static final int VERSION = 1;

  private final ServiceRepository services;
  private final Clock clock;
  private final Duration interval;
  private final ComputeService registration;
  private final Thread thread;

  Heartbeat(ServiceRepository services, String host, Clock clock, Duration interval) {
    this.services = services;
    this.clock = clock;
    this.interval = interval;
    this.registration = services.register(host, BINARY, VERSION, clock.instant());
    services.heartbeat(registration.id(), clock.instant());
    this.thread = Thread.ofVirtual().name("ferrum-heartbeat").start(this::run);
  }

  ComputeService registration() {
    return registration;
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(interval);
        services.heartbeat(registration.id(), clock.instant());
      } catch (InterruptedException e) {
        return;
      } catch (FerrumServiceException e) {
        LOG.warn("heartbeat failed: {}", e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
