package dev.ferrum.driver.watch;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one poller behind every wait of the driver.
 *
 * <p>Exists because per-operation polling loops (Nova's design) multiply Ironic load by the number
 * of operations in flight. Every {@link #watch} registers a {@link WaitSpec}; a single virtual
 * thread, started on first use and parked while nothing is watched, runs a round every {@code
 * interval}: abort checks, one fetch of all watched targets (per-node requests up to the list
 * threshold, one projected paged list above it), then each condition. A new wait is first polled in
 * the next round (immediately when the loop is idle).
 *
 * <p>Time and sleeping are injectable ({@code nanoTime}, {@link Sleeper}), so tests are
 * deterministic. Thread-safe.
 */
public final class NodeWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NodeWatcher.class);

  private final PollStep step;
  private final Duration interval;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private Thread loop;
  private boolean closed;

  /**
   * Creates a watcher.
   *
   * @param ironic the client used to fetch nodes
   * @param interval time between the starts of two rounds ({@code api_retry_interval})
   * @param listThreshold above this many watched nodes, one list replaces per-node requests
   * @param conductorGroup filter of the bulk list, if any
   * @param shard filter of the bulk list, if any
   * @param sleeper how the loop sleeps between rounds
   * @param nanoTime monotonic time in nanoseconds (e.g. {@code System::nanoTime})
   */
  public NodeWatcher(
      IronicClient ironic,
      Duration interval,
      int listThreshold,
      Optional<String> conductorGroup,
      Optional<String> shard,
      Sleeper sleeper,
      LongSupplier nanoTime) {
    Objects.requireNonNull(ironic, "ironic");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.step =
        new PollStep(new NodeFetcher(ironic, listThreshold, conductorGroup, shard), this.nanoTime);
  }

  /** A watcher with real time and sleeping. */
  public static NodeWatcher create(
      IronicClient ironic,
      Duration interval,
      int listThreshold,
      Optional<String> conductorGroup,
      Optional<String> shard) {
    return new NodeWatcher(
        ironic, interval, listThreshold, conductorGroup, shard, Sleeper.system(), System::nanoTime);
  }

  /**
   * Registers a wait and makes sure the loop runs.
   *
   * @param spec what to wait for
   * @return the wait; block with {@link Wait#await()}
   */
  public Wait watch(WaitSpec spec) {
    Wait w = step.register(spec);
    lock.lock();
    try {
      if (closed) {
        w.cancel("the node watcher is closed");
        return w;
      }
      if (loop == null) {
        loop = Thread.ofVirtual().name("ferrum-node-watcher").start(this::run);
      }
      work.signalAll();
    } finally {
      lock.unlock();
    }
    return w;
  }

  /** Registers a wait and blocks until it is over (see {@link Wait#await()}). */
  public Observation await(WaitSpec spec) {
    return watch(spec).await();
  }

  /**
   * Cancels every pending wait on {@code target} (e.g. the instance was deleted while deploying);
   * their waiters get a {@link WaitCancelledException}.
   *
   * @return how many waits were cancelled
   */
  public int cancel(WatchTarget target, String reason) {
    return step.cancel(target, reason);
  }

  /** How many waits are registered and not over. */
  public int watching() {
    step.idle();
    return step.size();
  }

  private void run() {
    while (true) {
      lock.lock();
      try {
        while (!closed && step.idle()) {
          work.await();
        }
        if (closed) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      long start = nanoTime.getAsLong();
      try {
        step.step();
      } catch (RuntimeException e) {
        LOG.warn("Node watcher round failed", e);
      }
      long left = interval.toNanos() - (nanoTime.getAsLong() - start);
      if (left > 0) {
        try {
          sleeper.sleep(Duration.ofNanos(left));
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** Stops the loop; pending waits are cancelled. */
  @Override
  public void close() {
    Thread t;
    lock.lock();
    try {
      closed = true;
      work.signalAll();
      t = loop;
    } finally {
      lock.unlock();
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    while (!step.idle()) {
      step.cancelAll("the node watcher is closed");
    }
  }
}
