package dev.ferrum.service.api.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs key-pair generation on a few dedicated platform threads, at most {@code concurrency} at
 * once. An RSA key costs a noticeable slice of a CPU and never yields: run on the request's virtual
 * thread it would pin a carrier thread, and a burst of them would pin them all and stall every
 * other request. Here the request thread only parks (on the permit, then on the result), the
 * operating system time-slices the generating threads with the carriers, and a request that cannot
 * get a turn within {@code wait} is refused instead of queueing without bound.
 */
final class KeyGenerationPool implements AutoCloseable {
  private final Semaphore permits;
  private final ExecutorService threads;
  private final long waitNanos;

  KeyGenerationPool(int concurrency, Duration wait) {
    this.permits = new Semaphore(concurrency, true);
    this.threads =
        Executors.newFixedThreadPool(
            concurrency, Thread.ofPlatform().name("ferrum-keygen-", 0).daemon().factory());
    this.waitNanos = wait.toNanos();
  }

  /**
   * Generates a key pair when a turn comes within the wait.
   *
   * @param comment the public key's comment
   * @return the pair, or empty when every turn stayed taken for the whole wait
   */
  Optional<KeyPairGenerator.Generated> generate(String comment) {
    try {
      if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
        return Optional.empty();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    try {
      return Optional.of(threads.submit(() -> KeyPairGenerator.generate(comment)).get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating a key pair", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("key pair generation failed", e.getCause());
    } finally {
      permits.release();
    }
  }

  /** Stops the threads. */
  @Override
  public void close() {
    threads.shutdownNow();
  }
}
