package dev.ferrum.driver.watch;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A registered wait: its future completes with the last observation when the condition is met, or
 * exceptionally with the condition's failure, a {@link WaitTimeoutException} or a {@link
 * WaitCancelledException}.
 *
 * <p>Exists so callers can block ({@link #await()}) on a virtual thread or compose the future, and
 * cancel a wait that became moot.
 */
public final class Wait {

  final WaitSpec spec;
  final CompletableFuture<Observation> future = new CompletableFuture<>();
  final long startNanos;
  int polls;
  Observation lastSeen;

  Wait(WaitSpec spec, long startNanos) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.startNanos = startNanos;
  }

  /** What is waited for. */
  public WaitSpec spec() {
    return spec;
  }

  /** The outcome. */
  public CompletableFuture<Observation> future() {
    return future;
  }

  /** Fails the wait with a {@link WaitCancelledException}; no effect if already over. */
  public void cancel(String reason) {
    future.completeExceptionally(new WaitCancelledException(reason));
  }

  /**
   * Blocks until the wait is over.
   *
   * @return the observation that satisfied the condition
   * @throws RuntimeException the wait's failure, unwrapped
   */
  public Observation await() {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel("interrupted");
      throw new WaitCancelledException("interrupted while waiting for " + spec.description());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (CancellationException e) {
      throw new WaitCancelledException("cancelled: " + spec.description());
    }
  }
}
