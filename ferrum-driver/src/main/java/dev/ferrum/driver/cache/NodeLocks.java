package dev.ferrum.driver.cache;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Nova's named {@code ironic-node-<id>} locks, striped: a fixed pool of locks indexed by the node
 * id's hash, so memory stays bounded however many nodes pass through. Two ids may share a stripe,
 * which only serialises them needlessly. {@link ReentrantLock} rather than {@code synchronized} so
 * a waiting virtual thread does not pin its carrier.
 */
final class NodeLocks {

  private static final int STRIPES = 64;

  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  NodeLocks() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  <T> T withLock(String nodeId, Supplier<T> action) {
    ReentrantLock lock = locks[Math.floorMod(nodeId.hashCode(), STRIPES)];
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
