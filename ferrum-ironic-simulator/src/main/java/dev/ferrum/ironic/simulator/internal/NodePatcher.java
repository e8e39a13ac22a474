package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** {@code PATCH /v1/nodes/{node}}: JSON Patch plus the rules Ironic applies to node updates. */
final class NodePatcher {
  private static final Set<String> DICT_FIELDS =
      Set.of("driver_info", "extra", "properties", "instance_info", "network_data");

  private final Conductor conductor;
  private final NodeFactory factory;

  NodePatcher(Conductor conductor, NodeFactory factory) {
    this.conductor = conductor;
    this.factory = factory;
  }

  ObjectNode patch(SimNode node, JsonNode body, int version) {
    List<JsonPatch.Op> ops = JsonPatch.parse(body);
    for (JsonPatch.Op op : ops) {
      String root = op.root();
      if (root.equals("traits")) {
        throw ApiException.badRequest(
            "Cannot update node traits via node patch. Node traits should be updated via the node"
                + " traits API.");
      }
      if (NodeFields.INTERNAL.contains(root)) {
        throw ApiException.badRequest(
            "'/" + root + "' is an internal attribute and can not be updated");
      }
      if (!NodeFields.MIN_VERSION.containsKey(root)) {
        throw ApiException.badRequest(
            "Adding a new attribute (/" + root + ") to the root of the resource is not allowed.");
      }
      if (!NodeFields.visible(root, version)) {
        throw ApiException.notAcceptable("Request not acceptable.");
      }
    }
    return conductor.updateUnlocked(
        node,
        d -> {
          ObjectNode before = d.deepCopy();
          for (JsonPatch.Op op : ops) {
            if (op.op().equals("remove") && op.path().size() == 1) {
              resetField(d, op.root());
            } else {
              JsonPatch.apply(d, op);
            }
          }
          validate(before, d);
        });
  }

  private static void resetField(ObjectNode d, String field) {
    if (DICT_FIELDS.contains(field)) {
      d.putObject(field);
    } else if (Set.of("maintenance", "protected", "retired").contains(field)) {
      d.put(field, false);
    } else if (field.equals("conductor_group")) {
      d.put(field, "");
    } else {
      d.putNull(field);
    }
  }

  private void validate(ObjectNode before, ObjectNode d) {
    String uuid = Json.text(d, "uuid");
    String oldInstance = Json.text(before, "instance_uuid");
    String newInstance = Json.text(d, "instance_uuid");
    if (newInstance != null && !NodeStore.isUuid(newInstance)) {
      throw ApiException.badRequest("Expected a UUID but received " + newInstance + ".");
    }
    if (oldInstance != null && newInstance != null && !oldInstance.equals(newInstance)) {
      throw ApiException.conflict(
          "Node " + uuid + " is associated with instance " + oldInstance + ".");
    }
    for (String f : DICT_FIELDS) {
      if (!d.path(f).isObject()) {
        throw ApiException.badRequest("Invalid input for field/attribute " + f + ".");
      }
    }
    for (String f : List.of("maintenance", "protected", "retired")) {
      if (!d.path(f).isBoolean()) {
        throw ApiException.badRequest("Invalid input for field/attribute " + f + ".");
      }
    }
    String name = Json.text(d, "name");
    if (name != null && !Objects.equals(name, Json.text(before, "name"))) {
      NodeFactory.checkName(name);
    }
    checkInterfaces(before, d);
    if (!d.path("maintenance").asBoolean()) {
      d.putNull("maintenance_reason");
      d.putNull("fault");
    }
    String group = Json.text(d, "conductor_group");
    if (group != null) {
      d.put("conductor_group", group.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private void checkInterfaces(ObjectNode before, ObjectNode d) {
    Set<String> changed = new TreeSet<>();
    for (String f : NodeFields.INTERFACES) {
      if (!Objects.equals(before.get(f), d.get(f))) {
        changed.add(f);
      }
    }
    if (!Objects.equals(before.get("driver"), d.get("driver"))) {
      changed.add("driver");
      String driver = Json.text(d, "driver");
      if (driver == null) {
        throw ApiException.badRequest("Invalid input for field/attribute driver.");
      }
      factory.checkDriver(driver, d.path("conductor_group").asText(""));
    }
    String state = Json.text(d, "provision_state");
    if (!changed.isEmpty()
        && !ProvisionStates.INTERFACE_UPDATE_ALLOWED.contains(state)
        && !d.path("maintenance").asBoolean()) {
      throw ApiException.conflict(
          "Node "
              + Json.text(d, "uuid")
              + " can not have "
              + changed.iterator().next()
              + " updated unless it is in one of allowed ("
              + String.join(", ", new TreeSet<>(ProvisionStates.INTERFACE_UPDATE_ALLOWED))
              + ") states or in maintenance mode.");
    }
  }
}
