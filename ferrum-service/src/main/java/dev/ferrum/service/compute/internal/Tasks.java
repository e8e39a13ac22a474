package dev.ferrum.service.compute.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager's background operations, one virtual thread each, keyed by server. Tracked so that a
 * delete can wait for the build it interrupts and so that closing the manager stops every thread it
 * started.
 */
public final class Tasks implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

  private final Map<Long, Running> running = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile boolean closed;

  private record Running(String serverUuid, Thread thread) {}

  /**
   * Runs work on a new virtual thread.
   *
   * @param serverUuid the server it is about
   * @param name a short name for the thread
   * @param work the work; exceptions are logged
   */
  public void submit(String serverUuid, String name, Runnable work) {
    if (closed) {
      throw new IllegalStateException("the compute manager is closed");
    }
    long id = ids.incrementAndGet();
    Thread t =
        Thread.ofVirtual()
            .name("ferrum-" + name + "-" + serverUuid)
            .unstarted(() -> {
              try {
                work.run();
              } catch (RuntimeException e) {
                LOG.warn("{} of server {} failed: {}", name, serverUuid, e.toString());
              } finally {
                running.remove(id);
              }
            });
    running.put(id, new Running(serverUuid, t));
    t.start();
  }

  /**
   * Waits for every running operation on a server except the caller's own.
   *
   * @param serverUuid the server
   * @param budget how long to wait in total
   */
  public void awaitServer(String serverUuid, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    for (Running r : running.values()) {
      if (r.serverUuid().equals(serverUuid) && r.thread() != Thread.currentThread()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          r.thread().join(Duration.ofNanos(left));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Whether the manager is shutting down: an operation failing now was interrupted by the shutdown
   * and must leave the server as it is for the next start's reconciliation.
   *
   * @return {@code true} once {@link #close()} was called
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Counts running operations.
   *
   * @return how many run now
   */
  public int count() {
    return running.size();
  }

  @Override
  public void close() {
    closed = true;
    for (Running r : running.values()) {
      r.thread().interrupt();
    }
    for (Running r : running.values()) {
      try {
        r.thread().join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
