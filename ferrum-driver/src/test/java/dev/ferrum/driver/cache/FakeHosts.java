package dev.ferrum.driver.cache;

import dev.ferrum.driver.testing.FakeIronic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake Nova side of the cache scenarios (scenarios §0.2): {@code SVC?}, {@code UP?(svc)} and
 * {@code MINE?}, each call recorded together with how many Ironic requests had been made by then,
 * so a test can assert on the interleaving with the Ironic request log.
 */
public final class FakeHosts implements ComputeHostDirectory {

  /** One call to the fake, with the Ironic request count at that moment. */
  public record Call(String what, int ironicRequestsBefore) {}

  private final FakeIronic ironic;
  private final List<String> services = new ArrayList<>();
  private final Map<String, Boolean> up = new HashMap<>();
  private final Set<String> mine = new LinkedHashSet<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  /** A directory with no services and no instances. */
  public FakeHosts(FakeIronic ironic) {
    this.ironic = ironic;
  }

  /** Adds an ironic compute service and its liveness. */
  public synchronized FakeHosts service(String host, boolean isUp) {
    services.add(host);
    up.put(host, isUp);
    return this;
  }

  /** Adds instances hosted by this compute. */
  public synchronized FakeHosts mine(String... instanceUuids) {
    mine.addAll(List.of(instanceUuids));
    return this;
  }

  /** The recorded calls. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The recorded calls whose name starts with {@code prefix}. */
  public List<Call> calls(String prefix) {
    return calls.stream().filter(c -> c.what().startsWith(prefix)).toList();
  }

  /** Forgets the recorded calls. */
  public void clearCalls() {
    calls.clear();
  }

  @Override
  public synchronized Collection<String> ironicComputeHosts() {
    record("SVC?");
    return List.copyOf(services);
  }

  @Override
  public synchronized boolean isUp(String host) {
    record("UP?(" + host + ")");
    return up.getOrDefault(host, false);
  }

  @Override
  public synchronized Set<String> instanceUuidsOnHost(String host) {
    record("MINE?(" + host + ")");
    return Set.copyOf(mine);
  }

  private void record(String what) {
    calls.add(new Call(what, ironic.requests().size()));
  }
}
