package dev.ferrum.service.compute.internal;

import dev.ferrum.service.FerrumServiceException;
import dev.ferrum.service.compute.RequestContext;
import dev.ferrum.service.store.ActionRepository;
import dev.ferrum.service.store.InstanceAction;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records instance actions and their events the way Nova does (one action per request, one {@code
 * compute_…} event per step), so that {@code openstack server event list} tells users what was done
 * and which step failed. The start is recorded before the driver is called.
 */
public final class ActionLog {
  private static final Logger LOG = LoggerFactory.getLogger(ActionLog.class);

  private final ActionRepository actions;
  private final Clock clock;

  /**
   * Creates the log.
   *
   * @param actions the repository
   * @param clock the clock stamping records
   */
  public ActionLog(ActionRepository actions, Clock clock) {
    this.actions = actions;
    this.clock = clock;
  }

  /** A started action with its event, to be finished once. */
  public record Entry(String serverUuid, String requestId, String event) {}

  /**
   * Records the start of an action and of its event.
   *
   * @param serverUuid the server
   * @param ctx the caller
   * @param action Nova's action name
   * @param event Nova's event name
   * @return the entry to finish
   */
  public Entry start(String serverUuid, RequestContext ctx, String action, String event) {
    Instant now = now();
    actions.start(
        new InstanceAction(
            serverUuid, ctx.requestId(), action, ctx.userId(), ctx.projectId(), now, null, null));
    actions.startEvent(serverUuid, ctx.requestId(), event, now);
    return new Entry(serverUuid, ctx.requestId(), event);
  }

  /**
   * Records success.
   *
   * @param entry the started entry
   */
  public void success(Entry entry) {
    finish(entry, "Success", null);
  }

  /**
   * Records failure with a user-safe reason.
   *
   * @param entry the started entry
   * @param details what went wrong
   */
  public void failure(Entry entry, String details) {
    finish(entry, "Error", details);
  }

  /**
   * Finds an action left open (e.g. by a restart) so that whoever finishes the work can close it.
   *
   * @param serverUuid the server
   * @param action Nova's action name
   * @param event the event to finish with it
   * @return the open entry, or empty
   */
  public java.util.Optional<Entry> open(String serverUuid, String action, String event) {
    return actions.list(serverUuid).stream()
        .filter(a -> a.action().equals(action) && a.finishTime() == null)
        .findFirst()
        .map(a -> new Entry(serverUuid, a.requestId(), event));
  }

  private void finish(Entry entry, String result, String details) {
    Instant now = now();
    try {
      actions.finishEvent(
          entry.serverUuid(), entry.requestId(), entry.event(), now, result, details);
      actions.finish(
          entry.serverUuid(), entry.requestId(), now, "Error".equals(result) ? "Error" : null);
    } catch (FerrumServiceException e) {
      LOG.warn(
          "could not finish action {} of {}: {}",
          entry.event(),
          entry.serverUuid(),
          e.getMessage());
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
