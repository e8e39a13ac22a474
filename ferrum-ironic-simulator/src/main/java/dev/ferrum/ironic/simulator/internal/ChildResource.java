package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Describes one node sub-resource collection (ports, port groups, volume connectors, volume
 * targets) so one route class can serve them all.
 *
 * @param key the JSON collection key, e.g. {@code ports} or {@code connectors}
 * @param path the collection path, e.g. {@code /v1/ports}
 * @param nodeSubPath the path below a node, e.g. {@code ports} or {@code volume/connectors}
 * @param minVersion the microversion introducing the collection (404 below)
 * @param table the rows
 * @param defaults every field with its default value
 * @param summary the fields of a short list item
 * @param required fields a create request must carry
 * @param filters accepted filter parameters besides {@code node}
 * @param validate checks a row after create or patch (throws {@link ApiException})
 * @param poweredOffToChange the noun Ironic uses when it refuses to update or delete a row of a
 *     node that is not powered off ("volume target"), or {@code null} where no such rule applies
 */
record ChildResource(
    String key,
    String path,
    String nodeSubPath,
    int minVersion,
    ResourceTable table,
    ObjectNode defaults,
    List<String> summary,
    Set<String> required,
    Set<String> filters,
    Consumer<ObjectNode> validate,
    String poweredOffToChange) {

  /** Fields no request may set. */
  static final Set<String> INTERNAL = Set.of("uuid", "created_at", "updated_at", "links");

  /** Fields a create request may carry. */
  Set<String> creatable() {
    Set<String> s = new java.util.HashSet<>();
    defaults.fieldNames().forEachRemaining(s::add);
    s.removeAll(Set.of("created_at", "updated_at", "internal_info"));
    return s;
  }
}
