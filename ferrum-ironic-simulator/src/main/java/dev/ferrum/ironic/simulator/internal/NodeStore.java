package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.simulator.SimulatorClock;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Holds every node in memory with the indexes listing and lookups need: creation order (Ironic's
 * default sort key {@code id}), UUID order, {@code updated_at} order, name and instance UUID.
 * Sorted indexes are skip lists so a page starting at a marker costs O(log n + page).
 */
final class NodeStore {
  static final Pattern UUID_PATTERN =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private final ConcurrentSkipListMap<Long, SimNode> byId = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<String, SimNode> byUuid = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<UpdatedKey, SimNode> byUpdated =
      new ConcurrentSkipListMap<>();
  private final Map<String, SimNode> byName = new ConcurrentHashMap<>();
  private final Map<String, SimNode> byInstance = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Object indexLock = new Object();
  private final SimulatorClock clock;

  /**
   * Position of a node in {@code updated_at} order: never-updated nodes (null) first, like SQL
   * ascending order; ties broken by creation order. Timestamps are fixed-width ISO text, so text
   * order is time order.
   */
  record UpdatedKey(String updatedAt, long id) implements Comparable<UpdatedKey> {
    static UpdatedKey of(SimNode node, ObjectNode data) {
      String at = Json.text(data, "updated_at");
      return new UpdatedKey(at == null ? "" : at, node.id);
    }

    @Override
    public int compareTo(UpdatedKey o) {
      int c = updatedAt.compareTo(o.updatedAt);
      return c != 0 ? c : Long.compare(id, o.id);
    }
  }

  NodeStore(SimulatorClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  static boolean isUuid(String s) {
    return s != null && UUID_PATTERN.matcher(s).matches();
  }

  String now() {
    return Times.format(clock.now());
  }

  /** Adds a node whose data is complete; 409 on a duplicate UUID or name. */
  SimNode add(ObjectNode data) {
    String uuid = Json.text(data, "uuid");
    String name = Json.text(data, "name");
    String instance = Json.text(data, "instance_uuid");
    synchronized (indexLock) {
      if (byUuid.containsKey(uuid)) {
        throw ApiException.conflict("A node with UUID " + uuid + " already exists.");
      }
      if (name != null && byName.containsKey(name)) {
        throw ApiException.conflict("A node with name " + name + " already exists.");
      }
      SimNode node = new SimNode(ids.incrementAndGet(), uuid, data);
      byId.put(node.id, node);
      byUuid.put(uuid, node);
      byUpdated.put(UpdatedKey.of(node, data), node);
      if (name != null) {
        byName.put(name, node);
      }
      if (instance != null) {
        byInstance.put(instance, node);
      }
      return node;
    }
  }

  /** Finds a node by UUID or name; 404 otherwise. */
  SimNode get(String ident) {
    SimNode node = find(ident);
    if (node == null) {
      throw ApiException.nodeNotFound(ident);
    }
    return node;
  }

  /** Finds a node by UUID or name, or null. */
  SimNode find(String ident) {
    if (ident == null) {
      return null;
    }
    SimNode node = isUuid(ident) ? byUuid.get(ident.toLowerCase(java.util.Locale.ROOT)) : null;
    return node != null ? node : byName.get(ident);
  }

  SimNode byInstance(String instanceUuid) {
    return byInstance.get(instanceUuid);
  }

  /**
   * Changes a node: the change runs on a copy under the node's monitor, {@code updated_at} is
   * stamped, indexes follow name and instance changes (409 on a duplicate name), then the copy is
   * published.
   */
  ObjectNode update(SimNode node, Consumer<ObjectNode> change) {
    synchronized (node) {
      ObjectNode before = node.data();
      ObjectNode copy = before.deepCopy();
      change.accept(copy);
      copy.put("updated_at", now());
      reindex(node, before, copy);
      node.publish(copy);
      byUpdated.remove(UpdatedKey.of(node, before));
      byUpdated.put(UpdatedKey.of(node, copy), node);
      return copy;
    }
  }

  private void reindex(SimNode node, ObjectNode before, ObjectNode after) {
    String oldName = Json.text(before, "name");
    String newName = Json.text(after, "name");
    String oldInstance = Json.text(before, "instance_uuid");
    String newInstance = Json.text(after, "instance_uuid");
    if (Objects.equals(oldName, newName) && Objects.equals(oldInstance, newInstance)) {
      return;
    }
    synchronized (indexLock) {
      if (!Objects.equals(oldName, newName)) {
        if (newName != null && byName.containsKey(newName)) {
          throw ApiException.conflict("A node with name " + newName + " already exists.");
        }
        if (oldName != null) {
          byName.remove(oldName, node);
        }
        if (newName != null) {
          byName.put(newName, node);
        }
      }
      if (!Objects.equals(oldInstance, newInstance)) {
        if (oldInstance != null) {
          byInstance.remove(oldInstance, node);
        }
        if (newInstance != null) {
          byInstance.put(newInstance, node);
        }
      }
    }
  }

  void remove(SimNode node) {
    synchronized (indexLock) {
      byId.remove(node.id);
      byUuid.remove(node.uuid);
      ObjectNode data = node.data();
      byUpdated.remove(UpdatedKey.of(node, data));
      String name = Json.text(data, "name");
      if (name != null) {
        byName.remove(name, node);
      }
      String instance = Json.text(data, "instance_uuid");
      if (instance != null) {
        byInstance.remove(instance, node);
      }
    }
    node.bumpGeneration();
  }

  NavigableMap<Long, SimNode> byId() {
    return byId;
  }

  NavigableMap<String, SimNode> byUuid() {
    return byUuid;
  }

  NavigableMap<UpdatedKey, SimNode> byUpdated() {
    return byUpdated;
  }

  Collection<SimNode> all() {
    return byId.values();
  }

  int size() {
    return byId.size();
  }
}
