package dev.ferrum.ironic.simulator.internal;

import dev.ferrum.ironic.simulator.ManualClock;
import dev.ferrum.ironic.simulator.SimulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the completion of asynchronous work after a delay: on a timer thread in real time, or when a
 * {@link ManualClock} is advanced past the due time.
 */
sealed interface TaskScheduler extends AutoCloseable
    permits TaskScheduler.RealTime, TaskScheduler.Manual {

  void schedule(Duration delay, Runnable task);

  @Override
  void close();

  static TaskScheduler forClock(SimulatorClock clock) {
    return clock instanceof ManualClock manual ? new Manual(manual) : new RealTime();
  }

  /** A single timer thread; tasks are short state updates. */
  final class RealTime implements TaskScheduler {
    private final ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "ironic-simulator-conductor");
          t.setDaemon(true);
          return t;
        });

    @Override
    public void schedule(Duration delay, Runnable task) {
      timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }

  /** Due tasks run in the thread that advances the clock, in due-time order. */
  final class Manual implements TaskScheduler {
    private record Entry(Instant due, long seq, Runnable task) {}

    private final ManualClock clock;
    private final PriorityQueue<Entry> queue =
        new PriorityQueue<>((a, b) -> {
          int c = a.due().compareTo(b.due());
          return c != 0 ? c : Long.compare(a.seq(), b.seq());
        });
    private final Runnable listener = this::runDue;

    /** While a due task runs, follow-up work is scheduled from its due time, not from now. */
    private final ThreadLocal<Instant> runningDue = new ThreadLocal<>();

    private long seq;

    Manual(ManualClock clock) {
      this.clock = clock;
      clock.onAdvance(listener);
    }

    @Override
    public synchronized void schedule(Duration delay, Runnable task) {
      Instant from = runningDue.get();
      queue.add(new Entry((from != null ? from : clock.now()).plus(delay), seq++, task));
    }

    private void runDue() {
      while (true) {
        Entry next;
        synchronized (this) {
          next = queue.peek();
          if (next == null || next.due().isAfter(clock.now())) {
            return;
          }
          queue.poll();
        }
        runningDue.set(next.due());
        try {
          next.task().run();
        } finally {
          runningDue.remove();
        }
      }
    }

    @Override
    public void close() {
      clock.removeListener(listener);
    }
  }
}
