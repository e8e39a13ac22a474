package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.ComputeDriver;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.service.ConcurrentUpdateException;
import dev.ferrum.service.ConflictException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.UnexpectedTaskStateException;
import dev.ferrum.service.compute.ComputeSettings;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.ExpectedTaskState;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerFault;
import dev.ferrum.service.store.VmState;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every part of the manager shares: repositories, driver, settings, clock, the running tasks
 * and the action log, plus the guarded-save and fault helpers they all use.
 *
 * @param db the database
 * @param driver the compute driver
 * @param settings the tunables
 * @param clock the clock
 * @param host this service's host name
 * @param tasks the background operations
 * @param log the action log
 * @param scheduler the scheduler
 * @param ironic the Ironic client for resumed builds, or {@code null} when there is none
 * @param networks the servers' ports and addresses
 */
public record Engine(
    Database db,
    ComputeDriver driver,
    ComputeSettings settings,
    Clock clock,
    String host,
    Tasks tasks,
    ActionLog log,
    Scheduler scheduler,
    IronicClient ironic,
    ServerNetworks networks) {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  private static final int SAVE_ATTEMPTS = 5;
  private static final int MAX_FAULT = 255;

  /**
   * The current time at the database's precision.
   *
   * @return now
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Re-reads a server and saves a change to it if its task state is as expected; retries when only
   * the version moved (another field was saved meanwhile).
   *
   * @param uuid the server
   * @param expected the task states it must be in
   * @param change the change
   * @return the saved server
   * @throws UnexpectedTaskStateException if the task state is not as expected
   * @throws NotFoundException if the server is gone
   */
  public Server update(
      String uuid, ExpectedTaskState expected, UnaryOperator<Server.Builder> change) {
    ConcurrentUpdateException last = null;
    for (int i = 0; i < SAVE_ATTEMPTS; i++) {
      Server current = db.servers().get(uuid);
      if (!expected.matches(current.taskState())) {
        throw new UnexpectedTaskStateException(
            uuid,
            expected.toString(),
            current.taskState() == null ? "None" : current.taskState().wireValue());
      }
      try {
        return db.servers().save(change.apply(current.toBuilder()).build(), expected);
      } catch (ConcurrentUpdateException e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * Like {@link #update} but tolerates a server that was deleted or moved to another task meanwhile
   * (a delete overtook the operation).
   *
   * @param uuid the server
   * @param expected the task states it must be in
   * @param change the change
   * @return the saved server, or empty when the change no longer applies
   */
  public Optional<Server> tryUpdate(
      String uuid, ExpectedTaskState expected, UnaryOperator<Server.Builder> change) {
    try {
      return Optional.of(update(uuid, expected, change));
    } catch (UnexpectedTaskStateException | NotFoundException e) {
      LOG.info("server {} changed meanwhile, not saving: {}", uuid, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Puts a server into ERROR with a fault, unless a delete overtook it.
   *
   * @param uuid the server
   * @param expected the task states the failing operation left it in
   * @param message the user-safe message
   * @return whether the server was marked
   */
  public boolean markError(String uuid, ExpectedTaskState expected, String message) {
    String msg = message == null || message.isBlank() ? "Unknown error" : message;
    ServerFault fault =
        new ServerFault(
            500, msg.length() > MAX_FAULT ? msg.substring(0, MAX_FAULT) : msg, msg, now());
    return tryUpdate(uuid, expected, b -> b.vmState(VmState.ERROR).taskState(null).fault(fault))
        .isPresent();
  }

  /**
   * Releases whatever node claim a server holds.
   *
   * @param serverUuid the server
   */
  public void releaseClaim(String serverUuid) {
    db.nodeClaims()
        .findByServer(serverUuid)
        .ifPresent(c -> db.nodeClaims().release(c.nodeUuid(), serverUuid));
  }

  /**
   * The driver's view of a server, with its keypair when it still exists.
   *
   * @param server the server
   * @return the instance
   */
  public InstanceSpec spec(Server server) {
    var key =
        server.keyName() == null
            ? null
            : db.keyPairs().find(server.userId(), server.keyName()).orElse(null);
    return Instances.spec(server, key);
  }

  /**
   * Nova's conflict for an operation not allowed in the server's state.
   *
   * @param action the API action name
   * @param server the server
   * @return the exception
   */
  public static ConflictException invalidState(String action, Server server) {
    if (server.taskState() != null) {
      return new ConflictException(
          "Cannot '"
              + action
              + "' instance "
              + server.uuid()
              + " while it is in task_state "
              + server.taskState().wireValue());
    }
    return new ConflictException(
        "Cannot '"
            + action
            + "' instance "
            + server.uuid()
            + " while it is in vm_state "
            + server.vmState().wireValue());
  }
}
