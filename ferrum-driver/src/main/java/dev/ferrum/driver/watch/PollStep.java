package dev.ferrum.driver.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * One round of the watcher, separate from its scheduling loop so tests drive it step by step: drop
 * finished waits, run abort checks, fetch the remaining targets once, evaluate every wait, then
 * apply time and poll budgets. Package-private engine; runs on one thread at a time.
 */
final class PollStep {

  private final ConcurrentLinkedQueue<Wait> waits = new ConcurrentLinkedQueue<>();
  private final NodeFetcher fetcher;
  private final LongSupplier nanoTime;

  PollStep(NodeFetcher fetcher, LongSupplier nanoTime) {
    this.fetcher = fetcher;
    this.nanoTime = nanoTime;
  }

  Wait register(WaitSpec spec) {
    Wait w = new Wait(spec, nanoTime.getAsLong());
    waits.add(w);
    return w;
  }

  boolean idle() {
    waits.removeIf(w -> w.future.isDone());
    return waits.isEmpty();
  }

  int size() {
    return waits.size();
  }

  int cancel(WatchTarget target, String reason) {
    int n = 0;
    for (Wait w : waits) {
      if (w.spec.target().equals(target) && !w.future.isDone()) {
        w.cancel(reason);
        n++;
      }
    }
    return n;
  }

  void cancelAll(String reason) {
    for (Wait w : waits) {
      w.cancel(reason);
    }
    waits.clear();
  }

  /** Runs one round; returns how many waits are still pending afterwards. */
  int step() {
    List<Wait> live = new ArrayList<>();
    for (Wait w : waits) {
      if (w.future.isDone()) {
        waits.remove(w);
        continue;
      }
      Optional<RuntimeException> abort;
      try {
        abort = w.spec.abortCheck().check();
      } catch (RuntimeException e) {
        abort = Optional.of(e);
      }
      if (abort.isPresent()) {
        w.future.completeExceptionally(abort.get());
        waits.remove(w);
      } else {
        live.add(w);
      }
    }
    if (live.isEmpty()) {
      return 0;
    }
    Set<WatchTarget> targets = new LinkedHashSet<>();
    live.forEach(w -> targets.add(w.spec.target()));
    Map<WatchTarget, NodeFetcher.Result> results = fetcher.fetch(targets);
    long now = nanoTime.getAsLong();
    int pending = 0;
    for (Wait w : live) {
      if (w.future.isDone()) {
        waits.remove(w);
        continue;
      }
      NodeFetcher.Result r = results.get(w.spec.target());
      w.polls++;
      if (r == null || r.failure() != null) {
        RuntimeException e =
            r == null ? new IllegalStateException("target not fetched") : r.failure();
        w.future.completeExceptionally(e);
        waits.remove(w);
        continue;
      }
      w.lastSeen = r.observation();
      Verdict v;
      try {
        v = w.spec.condition().evaluate(r.observation());
      } catch (RuntimeException e) {
        v = Verdict.fail(e);
      }
      switch (v) {
        case Verdict.Done d -> {
          w.future.complete(r.observation());
          waits.remove(w);
        }
        case Verdict.Failed f -> {
          w.future.completeExceptionally(f.error());
          waits.remove(w);
        }
        case Verdict.Pending p -> {
          if (exhausted(w, now)) {
            w.future.completeExceptionally(
                new WaitTimeoutException(
                    "Gave up waiting for " + w.spec.description() + " after " + w.polls + " polls",
                    w.lastSeen));
            waits.remove(w);
          } else {
            pending++;
          }
        }
      }
    }
    return pending;
  }

  private static boolean exhausted(Wait w, long now) {
    if (w.spec.maxPolls() > 0 && w.polls >= w.spec.maxPolls()) {
      return true;
    }
    Duration t = w.spec.timeout();
    return !t.isZero() && now - w.startNanos >= t.toNanos();
  }
}
