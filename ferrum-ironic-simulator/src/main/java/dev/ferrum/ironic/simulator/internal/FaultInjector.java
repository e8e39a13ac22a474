package dev.ferrum.ironic.simulator.internal;

import dev.ferrum.ironic.simulator.FaultRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** Holds fault rules and decides, per request, which one fires (the first that matches). */
final class FaultInjector {
  private static final class Active {
    final FaultRule rule;
    final Pattern pattern;
    int remaining;

    Active(FaultRule rule) {
      this.rule = rule;
      this.pattern = RouteTemplates.compile(rule.pathPattern());
      this.remaining = rule.times();
    }
  }

  private final Map<String, Active> rules = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Random random;

  FaultInjector(long seed) {
    this.random = new Random(seed);
  }

  synchronized String add(FaultRule rule) {
    String id = "fault-" + ids.incrementAndGet();
    rules.put(id, new Active(rule));
    return id;
  }

  synchronized boolean remove(String id) {
    return rules.remove(id) != null;
  }

  synchronized void clear() {
    rules.clear();
  }

  synchronized Map<String, FaultRule> rules() {
    Map<String, FaultRule> out = new LinkedHashMap<>();
    rules.forEach((id, a) -> out.put(id, a.rule));
    return out;
  }

  /** The rule firing for this request, or null. Exhausted rules are removed. */
  synchronized FaultRule decide(String method, String path) {
    for (var it = rules.entrySet().iterator(); it.hasNext(); ) {
      Active a = it.next().getValue();
      boolean methodMatches = a.rule.method().equals("*") || a.rule.method().equals(method);
      if (!methodMatches || a.remaining == 0 || !a.pattern.matcher(path).matches()) {
        continue;
      }
      if (a.rule.probability() < 1.0 && random.nextDouble() >= a.rule.probability()) {
        continue;
      }
      if (a.remaining > 0 && --a.remaining == 0) {
        it.remove();
      }
      return a.rule;
    }
    return null;
  }
}
