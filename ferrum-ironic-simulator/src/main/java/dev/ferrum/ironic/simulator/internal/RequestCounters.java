package dev.ferrum.ironic.simulator.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts API requests by method and route template, e.g. {@code GET /v1/nodes/{node}}. */
final class RequestCounters {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void count(String method, String template) {
    counts.computeIfAbsent(method + " " + template, k -> new LongAdder()).increment();
  }

  Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  void reset() {
    counts.clear();
  }
}
