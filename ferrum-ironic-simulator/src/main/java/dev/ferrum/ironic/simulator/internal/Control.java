package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.simulator.FailureAction;
import dev.ferrum.ironic.simulator.FaultRule;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.ironic.simulator.SimulatorControl;
import dev.ferrum.ironic.simulator.SimulatorException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The engine behind {@link SimulatorControl} and the HTTP control API. */
public final class Control implements SimulatorControl {
  private final Inventory inv;
  private final Seeder seeder;
  private final Conductor conductor;
  private final FaultInjector faults;
  private final RequestCounters counters;

  Control(
      Inventory inv,
      Seeder seeder,
      Conductor conductor,
      FaultInjector faults,
      RequestCounters counters) {
    this.inv = inv;
    this.seeder = seeder;
    this.conductor = conductor;
    this.faults = faults;
    this.counters = counters;
  }

  private SimNode node(String ident) {
    SimNode node = inv.nodes.find(Objects.requireNonNull(ident, "node"));
    if (node == null) {
      throw new SimulatorException.UnknownNodeException(ident);
    }
    return node;
  }

  @Override
  public List<String> seed(NodeSeed seed) {
    return seeder.seed(Objects.requireNonNull(seed, "seed"));
  }

  @Override
  public String addFault(FaultRule rule) {
    return faults.add(Objects.requireNonNull(rule, "rule"));
  }

  @Override
  public Map<String, FaultRule> faults() {
    return faults.rules();
  }

  @Override
  public boolean removeFault(String id) {
    return faults.remove(id);
  }

  @Override
  public void clearFaults() {
    faults.clear();
  }

  @Override
  public void failNext(String node, FailureAction action, String lastError) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(lastError, "lastError");
    node(node).failNext(action, lastError);
  }

  @Override
  public void forceProvisionState(String node, String provisionState) {
    Objects.requireNonNull(provisionState, "provisionState");
    if (!ProvisionStates.ALL.contains(provisionState)) {
      throw new SimulatorException.InvalidRequestException(
          "unknown provision state " + provisionState);
    }
    conductor.forceProvisionState(node(node), provisionState);
  }

  @Override
  public void forcePowerState(String node, String powerState) {
    if (powerState != null && !List.of("power on", "power off", "error").contains(powerState)) {
      throw new SimulatorException.InvalidRequestException("unknown power state " + powerState);
    }
    conductor.forcePowerState(node(node), powerState);
  }

  @Override
  public void setValidation(String node, String iface, String reason) {
    Objects.requireNonNull(iface, "iface");
    inv.nodes.update(
        node(node),
        d -> {
          ObjectNode v = ProvisionVerbs.objectField(d, Validation.FIELD);
          if (reason == null) {
            v.remove(iface);
          } else {
            v.put(iface, reason);
          }
        });
  }

  @Override
  public void deleteNode(String node) {
    SimNode n = node(node);
    synchronized (n) {
      inv.removeNode(n);
    }
  }

  @Override
  public void setMaintenance(String node, boolean on, String reason) {
    inv.nodes.update(node(node), d -> Maintenance.set(d, on, reason));
  }

  @Override
  public Map<String, Long> requestCounts() {
    return counters.snapshot();
  }

  @Override
  public void resetRequestCounts() {
    counters.reset();
  }

  @Override
  public int nodeCount() {
    return inv.nodes.size();
  }
}
