package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Predicate;

/**
 * Runs a {@link NodeQuery} against the store. Sorting by {@code id} (the default), {@code uuid} or
 * {@code updated_at} walks a skip list from the marker and stops when the page is full, so it costs
 * O(page) plus whatever the filter skips; other sort keys sort the filtered nodes.
 */
final class NodePager {
  private NodePager() {}

  /** A page of node snapshots, in order. */
  static List<ObjectNode> page(NodeStore store, NodeQuery q) {
    return page(store, q, q.predicate());
  }

  /** As {@link #page(NodeStore, NodeQuery)} with an explicit filter (tests count its calls). */
  static List<ObjectNode> page(NodeStore store, NodeQuery q, Predicate<ObjectNode> filter) {
    SimNode markerNode = null;
    if (q.marker() != null) {
      markerNode = store.get(q.marker());
    }
    String instance = q.filters().get("instance_uuid");
    if (instance != null) {
      SimNode node = store.byInstance(instance);
      List<ObjectNode> out = new ArrayList<>(1);
      if (node != null && filter.test(node.data()) && (markerNode == null || markerNode != node)) {
        out.add(node.data());
      }
      return out;
    }
    return switch (q.sortKey()) {
      case "id" ->
          walk(tail(store.byId(), markerNode == null ? null : markerNode.id, q), filter, q);
      case "uuid" ->
          walk(tail(store.byUuid(), markerNode == null ? null : markerNode.uuid, q), filter, q);
      case "updated_at" ->
          walk(
              tail(
                  store.byUpdated(),
                  markerNode == null
                      ? null
                      : NodeStore.UpdatedKey.of(markerNode, markerNode.data()),
                  q),
              filter,
              q);
      default -> sorted(store, q, filter, markerNode);
    };
  }

  private static <K> NavigableMap<K, SimNode> tail(
      NavigableMap<K, SimNode> map, K marker, NodeQuery q) {
    NavigableMap<K, SimNode> view = q.descending() ? map.descendingMap() : map;
    return marker == null ? view : view.tailMap(marker, false);
  }

  private static List<ObjectNode> walk(
      NavigableMap<?, SimNode> view, Predicate<ObjectNode> filter, NodeQuery q) {
    List<ObjectNode> out = new ArrayList<>(Math.min(q.limit(), 1024));
    for (SimNode node : view.values()) {
      ObjectNode data = node.data();
      if (filter.test(data)) {
        out.add(data);
        if (out.size() >= q.limit()) {
          break;
        }
      }
    }
    return out;
  }

  private record Row(JsonNode key, long id, ObjectNode data) {}

  private static List<ObjectNode> sorted(
      NodeStore store, NodeQuery q, Predicate<ObjectNode> filter, SimNode markerNode) {
    List<Row> rows = new ArrayList<>();
    for (SimNode node : store.all()) {
      ObjectNode data = node.data();
      if (filter.test(data)) {
        rows.add(new Row(data.get(q.sortKey()), node.id, data));
      }
    }
    Comparator<Row> order = Comparator.comparing(Row::key, NodePager::compareValues);
    order = order.thenComparingLong(Row::id);
    if (q.descending()) {
      order = order.reversed();
    }
    rows.sort(order);
    int start = 0;
    if (markerNode != null) {
      Row marker = new Row(markerNode.data().get(q.sortKey()), markerNode.id, markerNode.data());
      while (start < rows.size() && order.compare(rows.get(start), marker) <= 0) {
        start++;
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    for (int i = start; i < rows.size() && out.size() < q.limit(); i++) {
      out.add(rows.get(i).data());
    }
    return out;
  }

  /** Orders JSON scalars with nulls first (like SQLite ascending). */
  static int compareValues(JsonNode a, JsonNode b) {
    boolean an = a == null || a.isNull();
    boolean bn = b == null || b.isNull();
    if (an || bn) {
      return an == bn ? 0 : (an ? -1 : 1);
    }
    if (a.isNumber() && b.isNumber()) {
      return Double.compare(a.asDouble(), b.asDouble());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return Boolean.compare(a.asBoolean(), b.asBoolean());
    }
    return a.asText().compareTo(b.asText());
  }
}
