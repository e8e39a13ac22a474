package dev.ferrum.service.compute.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One piece of work per key at a time, shared: a caller that arrives while the work for its key
 * runs does not start it again but waits (at most a budget) for that run's outcome, value or
 * failure. Used where repeating the work would undo it for the others, e.g. a serial-console reset
 * that disconnects whoever the previous reset just connected.
 *
 * @param <K> the key, e.g. a node UUID
 * @param <V> the outcome
 */
public final class SingleFlight<K, V> {
  private final Map<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

  /**
   * Runs {@code work} for {@code key}, or joins the run already in progress.
   *
   * @param key what the work is for
   * @param work the work; runs on the calling thread of the first caller
   * @param joinBudget how long a joining caller waits for the run in progress
   * @param overBudget the failure a joining caller gets when the run outlasts its budget
   * @return the run's value
   */
  public V run(
      K key, Supplier<V> work, Duration joinBudget, Supplier<RuntimeException> overBudget) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> inProgress = running.putIfAbsent(key, mine);
    if (inProgress == null) {
      try {
        V value = work.get();
        mine.complete(value);
        return value;
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
        throw e;
      } finally {
        running.remove(key, mine);
      }
    }
    try {
      return inProgress.get(joinBudget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw overBudget.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw overBudget.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
