package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.ironic.simulator.SimulatorException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Creates seeded nodes (and their ports) directly in a stable state. */
final class Seeder {
  private final Inventory inv;
  private final NodeFactory factory;
  private final AtomicLong names = new AtomicLong();
  private final AtomicLong macs = new AtomicLong();

  Seeder(Inventory inv, NodeFactory factory) {
    this.inv = inv;
    this.factory = factory;
  }

  List<String> seed(NodeSeed seed) {
    if (!ProvisionStates.STABLE.contains(seed.provisionState())) {
      throw new SimulatorException.InvalidRequestException(
          "seeded nodes must start in a stable state " + ProvisionStates.STABLE);
    }
    if (!inv.config.drivers().contains(seed.driver())) {
      throw new SimulatorException.InvalidRequestException("unknown driver " + seed.driver());
    }
    List<String> uuids = new ArrayList<>(seed.count());
    String now = inv.nodes.now();
    ObjectNode properties = (ObjectNode) Json.valueOf(seed.properties());
    TreeSet<String> traits = new TreeSet<>(seed.traits());
    for (int i = 0; i < seed.count(); i++) {
      String uuid = UUID.randomUUID().toString();
      ObjectNode d = factory.blank(uuid, seed.provisionState(), now);
      String name = seed.namePrefix() + names.getAndIncrement();
      while (inv.nodes.find(name) != null) {
        name = seed.namePrefix() + names.getAndIncrement();
      }
      d.put("name", name);
      d.put("driver", seed.driver());
      d.set("properties", properties.deepCopy());
      d.put("resource_class", seed.resourceClass());
      ArrayNode t = d.putArray("traits");
      traits.forEach(t::add);
      d.put("conductor_group", seed.conductorGroup().toLowerCase(java.util.Locale.ROOT));
      if (seed.shard() != null) {
        d.put("shard", seed.shard());
      }
      if (seed.powerState() != null) {
        d.put("power_state", seed.powerState());
      }
      inv.nodes.add(d);
      for (int p = 0; p < seed.portsPerNode(); p++) {
        inv.ports.add(port(uuid, now));
      }
      uuids.add(uuid);
    }
    return uuids;
  }

  private ObjectNode port(String nodeUuid, String now) {
    ObjectNode row = ChildCatalog.ports(inv).defaults().deepCopy();
    long n = macs.incrementAndGet();
    String mac;
    do {
      mac =
          String.format(
              "52:54:%02x:%02x:%02x:%02x",
              (n >> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
      if (inv.ports.findByUnique(0, mac) == null) {
        break;
      }
      n = macs.incrementAndGet();
    } while (true);
    row.put("uuid", UUID.randomUUID().toString());
    row.put("node_uuid", nodeUuid);
    row.put("address", mac);
    row.put("created_at", now);
    return row;
  }
}
