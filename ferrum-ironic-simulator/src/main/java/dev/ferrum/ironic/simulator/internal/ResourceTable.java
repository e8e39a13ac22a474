package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * In-memory rows of one node sub-resource (ports, port groups, volume connectors, volume targets)
 * in creation order, indexed by UUID, by owning node and by each unique key. Rows are JSON
 * snapshots replaced on change; writes are serialised so uniqueness holds.
 */
final class ResourceTable {
  /**
   * A unique key: rows with the same non-null key clash with a 409.
   *
   * @param key extracts the key (null: not constrained)
   * @param message the 409 text for a clashing key
   */
  record UniqueKey(Function<ObjectNode, String> key, Function<String, String> message) {}

  private record Row(long id, ObjectNode data) {}

  private final String label;
  private final List<UniqueKey> uniqueKeys;
  private final List<Map<String, String>> uniqueIndexes = new ArrayList<>();
  private final ConcurrentSkipListMap<Long, String> order = new ConcurrentSkipListMap<>();
  private final Map<String, Row> byUuid = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byNode = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** {@code label} is the capitalised resource name used in messages, e.g. "Port". */
  ResourceTable(String label, List<UniqueKey> uniqueKeys) {
    this.label = label;
    this.uniqueKeys = List.copyOf(uniqueKeys);
    for (int i = 0; i < uniqueKeys.size(); i++) {
      uniqueIndexes.add(new ConcurrentHashMap<>());
    }
  }

  synchronized ObjectNode add(ObjectNode data) {
    String uuid = Json.text(data, "uuid");
    checkUnique(data, uuid);
    long id = ids.incrementAndGet();
    byUuid.put(uuid, new Row(id, data));
    order.put(id, uuid);
    index(null, data, uuid);
    return data;
  }

  ObjectNode get(String uuid) {
    ObjectNode data = find(uuid);
    if (data == null) {
      throw ApiException.notFound(label + " " + uuid + " could not be found.");
    }
    return data;
  }

  ObjectNode find(String uuid) {
    Row row = uuid == null ? null : byUuid.get(uuid);
    return row == null ? null : row.data();
  }

  /** Changes a row on a copy; 409 if the change clashes with another row's unique key. */
  synchronized ObjectNode update(String uuid, Consumer<ObjectNode> change) {
    Row row = byUuid.get(uuid);
    if (row == null) {
      throw ApiException.notFound(label + " " + uuid + " could not be found.");
    }
    ObjectNode copy = row.data().deepCopy();
    change.accept(copy);
    checkUnique(copy, uuid);
    byUuid.put(uuid, new Row(row.id(), copy));
    index(row.data(), copy, uuid);
    return copy;
  }

  synchronized void remove(String uuid) {
    Row row = byUuid.remove(uuid);
    if (row == null) {
      throw ApiException.notFound(label + " " + uuid + " could not be found.");
    }
    order.remove(row.id());
    index(row.data(), null, uuid);
  }

  /** Removes every row of a node. */
  synchronized void removeNode(String nodeUuid) {
    for (ObjectNode data : ofNode(nodeUuid)) {
      remove(Json.text(data, "uuid"));
    }
  }

  /** Every row of a node, in creation order. */
  List<ObjectNode> ofNode(String nodeUuid) {
    Set<String> uuids = nodeUuid == null ? null : byNode.get(nodeUuid);
    List<Row> rows = new ArrayList<>();
    if (uuids != null) {
      for (String u : uuids) {
        Row r = byUuid.get(u);
        if (r != null) {
          rows.add(r);
        }
      }
    }
    rows.sort((a, b) -> Long.compare(a.id(), b.id()));
    List<ObjectNode> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(r.data()));
    return out;
  }

  /** Finds the row holding a unique key value (index {@code keyIndex}), or null. */
  ObjectNode findByUnique(int keyIndex, String value) {
    String uuid = uniqueIndexes.get(keyIndex).get(value);
    return uuid == null ? null : find(uuid);
  }

  /**
   * A page of one node's rows in creation order after the marker UUID; uses the node index, so it
   * costs O(rows of the node), not O(all rows).
   */
  List<ObjectNode> pageOfNode(
      String nodeUuid, Predicate<ObjectNode> filter, String marker, int limit, boolean desc) {
    long markerId = desc ? Long.MAX_VALUE : Long.MIN_VALUE;
    if (marker != null) {
      Row m = byUuid.get(marker);
      if (m == null) {
        throw ApiException.notFound(label + " " + marker + " could not be found.");
      }
      markerId = m.id();
    }
    List<Row> rows = new ArrayList<>();
    Set<String> uuids = byNode.get(nodeUuid);
    if (uuids != null) {
      for (String u : uuids) {
        Row r = byUuid.get(u);
        if (r != null && (desc ? r.id() < markerId : r.id() > markerId) && filter.test(r.data())) {
          rows.add(r);
        }
      }
    }
    rows.sort((a, b) -> desc ? Long.compare(b.id(), a.id()) : Long.compare(a.id(), b.id()));
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < rows.size() && i < limit; i++) {
      out.add(rows.get(i).data());
    }
    return out;
  }

  /** A page in creation order after the marker UUID. */
  List<ObjectNode> page(Predicate<ObjectNode> filter, String marker, int limit, boolean desc) {
    NavigableMap<Long, String> view = desc ? order.descendingMap() : order;
    if (marker != null) {
      Row m = byUuid.get(marker);
      if (m == null) {
        throw ApiException.notFound(label + " " + marker + " could not be found.");
      }
      view = view.tailMap(m.id(), false);
    }
    List<ObjectNode> out = new ArrayList<>();
    for (String uuid : view.values()) {
      Row r = byUuid.get(uuid);
      if (r != null && filter.test(r.data())) {
        out.add(r.data());
        if (out.size() >= limit) {
          break;
        }
      }
    }
    return out;
  }

  private void checkUnique(ObjectNode data, String self) {
    for (int i = 0; i < uniqueKeys.size(); i++) {
      String key = uniqueKeys.get(i).key().apply(data);
      if (key != null) {
        String holder = uniqueIndexes.get(i).get(key);
        if (holder != null && !holder.equals(self)) {
          throw ApiException.conflict(uniqueKeys.get(i).message().apply(key));
        }
      }
    }
  }

  private void index(ObjectNode before, ObjectNode after, String uuid) {
    for (int i = 0; i < uniqueKeys.size(); i++) {
      Function<ObjectNode, String> f = uniqueKeys.get(i).key();
      String oldKey = before == null ? null : f.apply(before);
      String newKey = after == null ? null : f.apply(after);
      if (oldKey != null && !Objects.equals(oldKey, newKey)) {
        uniqueIndexes.get(i).remove(oldKey, uuid);
      }
      if (newKey != null) {
        uniqueIndexes.get(i).put(newKey, uuid);
      }
    }
    String oldNode = before == null ? null : Json.text(before, "node_uuid");
    String newNode = after == null ? null : Json.text(after, "node_uuid");
    if (oldNode != null && !oldNode.equals(newNode)) {
      Set<String> set = byNode.get(oldNode);
      if (set != null) {
        set.remove(uuid);
      }
    }
    if (newNode != null) {
      byNode.computeIfAbsent(newNode, k -> ConcurrentHashMap.newKeySet()).add(uuid);
    }
  }
}
