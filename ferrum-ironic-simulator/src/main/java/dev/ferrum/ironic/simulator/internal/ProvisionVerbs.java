package dev.ferrum.ironic.simulator.internal;

import static dev.ferrum.ironic.simulator.internal.ProvisionStates.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.simulator.FailureAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code PUT /v1/nodes/{node}/states/provision}: validates a verb the way Ironic's API does and
 * turns it into a {@link Plan} following {@code ironic/common/states.py}.
 */
final class ProvisionVerbs {
  private static final Map<String, Integer> MIN_VERSION =
      Map.ofEntries(
          Map.entry("manage", 4),
          Map.entry("provide", 4),
          Map.entry("inspect", 6),
          Map.entry("abort", 13),
          Map.entry("clean", 15),
          Map.entry("adopt", 17),
          Map.entry("rescue", 38),
          Map.entry("unrescue", 38),
          Map.entry("deploy", 73),
          Map.entry("undeploy", 73),
          Map.entry("active", 1),
          Map.entry("rebuild", 1),
          Map.entry("deleted", 1));

  private final Inventory inv;
  private final Conductor conductor;

  ProvisionVerbs(Inventory inv, Conductor conductor) {
    this.inv = inv;
    this.conductor = conductor;
  }

  /** Validates the request body against the node and starts the verb. */
  void request(SimNode node, ObjectNode body, int version) {
    String target = Json.text(body, "target");
    if (target == null) {
      throw ApiException.badRequest("Invalid input for field/attribute target. Value: None.");
    }
    Integer min = MIN_VERSION.get(target);
    if (min != null && version < min) {
      throw ApiException.notAcceptable("Request not acceptable.");
    }
    JsonNode configdrive = body.get("configdrive");
    boolean hasConfigdrive = configdrive != null && !configdrive.isNull();
    boolean deployLike = Set.of("active", "deploy", "rebuild").contains(target);
    if (hasConfigdrive && !deployLike) {
      throw ApiException.badRequest(
          "Adding a config drive is only supported when setting provision state to active,"
              + " rebuild");
    }
    if (hasConfigdrive && configdrive.isObject() && version < 56) {
      throw ApiException.badRequest(
          "Providing a JSON object for configdrive is only supported starting with API version"
              + " 1.56");
    }
    if (hasConfigdrive && !configdrive.isObject() && !configdrive.isTextual()) {
      throw ApiException.badRequest("Invalid configdrive format: a string or an object expected.");
    }
    String rescuePassword = Json.text(body, "rescue_password");
    if (rescuePassword != null && !target.equals("rescue")) {
      throw ApiException.badRequest(
          "\"rescue_password\" is only valid when setting target provision state to rescue");
    }
    if (target.equals("rescue") && (rescuePassword == null || rescuePassword.isBlank())) {
      throw ApiException.badRequest(
          "A non-empty \"rescue_password\" is required when setting target provision state to"
              + " rescue");
    }
    JsonNode cleanSteps = body.get("clean_steps");
    if (target.equals("clean") && (cleanSteps == null || !cleanSteps.isArray())) {
      throw ApiException.badRequest(
          "\"clean_steps\" is required when setting target provision state to clean");
    }
    synchronized (node) {
      ObjectNode d = node.data();
      if (deployLike && d.path("maintenance").asBoolean(false)) {
        throw ApiException.badRequest(
            "The provisioning operation can't be performed on node "
                + node.uuid
                + " because it's in maintenance mode.");
      }
      Plan plan = plan(d, target, configdrive, rescuePassword);
      if (plan == null) {
        conductor.requireUnlocked(d);
        throw ApiException.invalidState(target, node.uuid, node.provisionState());
      }
      boolean tearsDown = Set.of("rebuild", "deleted", "undeploy").contains(target);
      if (tearsDown && d.path("protected").asBoolean(false)) {
        throw new ApiException.Other(
            403,
            "Node " + node.uuid + " is protected and cannot be undeployed, rebuilt or deleted");
      }
      if (deployLike) {
        checkInstanceTraits(d);
      }
      conductor.start(node, plan);
    }
  }

  private Plan plan(ObjectNode d, String target, JsonNode configdrive, String rescuePassword) {
    String state = Json.text(d, "provision_state");
    String uuid = Json.text(d, "uuid");
    return switch (target) {
      case "manage" ->
          switch (state) {
            case ENROLL -> plan(MANAGEABLE, List.of(Plan.Step.of(VERIFYING)), MANAGEABLE);
            case AVAILABLE, CLEANFAIL, INSPECTFAIL, ADOPTFAIL ->
                plan(MANAGEABLE, List.of(), MANAGEABLE);
            default -> null;
          };
      case "provide" ->
          MANAGEABLE.equals(state)
              ? plan(AVAILABLE, List.of(cleaning(AVAILABLE)), AVAILABLE)
              : null;
      case "clean" ->
          MANAGEABLE.equals(state)
              ? plan(MANAGEABLE, List.of(cleaning(MANAGEABLE)), MANAGEABLE)
              : null;
      case "inspect" -> Set.of(MANAGEABLE, INSPECTFAIL).contains(state) ? inspect() : null;
      case "adopt" ->
          Set.of(MANAGEABLE, ADOPTFAIL).contains(state)
              ? plan(ACTIVE, List.of(Plan.Step.of(ADOPTING)), ACTIVE)
              : null;
      case "active", "deploy" ->
          Set.of(AVAILABLE, DEPLOYFAIL).contains(state) ? deploy(configdrive) : null;
      case "rebuild" ->
          Set.of(ACTIVE, DEPLOYFAIL, ERROR).contains(state) ? deploy(configdrive) : null;
      case "deleted", "undeploy" -> UNDEPLOY_FROM.contains(state) ? undeploy(d, uuid) : null;
      case "rescue" ->
          Set.of(ACTIVE, RESCUE, RESCUEFAIL, UNRESCUEFAIL).contains(state)
              ? new Plan(
                  RESCUE,
                  info -> storeRescuePassword(info, rescuePassword),
                  List.of(Plan.Step.failing(RESCUING, FailureAction.RESCUE, RESCUEFAIL, RESCUE)),
                  RESCUE,
                  Plan.NOTHING)
              : null;
      case "unrescue" ->
          Set.of(RESCUE, RESCUEFAIL, UNRESCUEFAIL).contains(state)
              ? plan(
                  ACTIVE,
                  List.of(
                      Plan.Step.failing(UNRESCUING, FailureAction.UNRESCUE, UNRESCUEFAIL, ACTIVE)),
                  ACTIVE)
              : null;
      case "abort" -> abort(state);
      default -> null;
    };
  }

  private Plan inspect() {
    return new Plan(
        MANAGEABLE,
        d -> {
          d.put("inspection_started_at", inv.nodes.now());
          d.putNull("inspection_finished_at");
        },
        List.of(Plan.Step.failing(INSPECTING, FailureAction.INSPECT, INSPECTFAIL, MANAGEABLE)),
        MANAGEABLE,
        d -> d.put("inspection_finished_at", inv.nodes.now()));
  }

  private static Plan plan(String target, List<Plan.Step> steps, String finalState) {
    return new Plan(target, Plan.NOTHING, steps, finalState, Plan.NOTHING);
  }

  private static Plan.Step cleaning(String target) {
    return Plan.Step.failing(CLEANING, FailureAction.CLEAN, CLEANFAIL, target);
  }

  private static Plan abort(String state) {
    String to =
        switch (state) {
          case DEPLOYWAIT, DEPLOYHOLD -> DEPLOYFAIL;
          case CLEANWAIT, CLEANHOLD -> CLEANFAIL;
          case INSPECTWAIT -> INSPECTFAIL;
          case RESCUEWAIT -> RESCUEFAIL;
          default -> null;
        };
    return to == null ? null : plan(null, List.of(), to);
  }

  private Plan deploy(JsonNode configdrive) {
    Consumer<ObjectNode> onStart =
        d -> {
          ObjectNode info = objectField(d, "instance_info");
          if (configdrive != null && !configdrive.isNull()) {
            info.set("configdrive", configdrive.deepCopy());
          }
        };
    Consumer<ObjectNode> onDone =
        d -> {
          ObjectNode info = objectField(d, "instance_info");
          if (!info.has("image_type")) {
            info.put("image_type", "whole-disk");
          }
          ObjectNode internal = objectField(d, "driver_internal_info");
          internal.put("is_whole_disk_image", true);
          internal.putNull("deploy_steps");
        };
    return new Plan(
        ACTIVE,
        onStart,
        List.of(Plan.Step.failing(DEPLOYING, FailureAction.DEPLOY, DEPLOYFAIL, ACTIVE)),
        ACTIVE,
        onDone);
  }

  private Plan undeploy(ObjectNode d, String uuid) {
    JsonNode perNode = d.get("automated_clean");
    boolean clean =
        perNode != null && !perNode.isNull() ? perNode.asBoolean() : inv.config.automatedClean();
    List<Plan.Step> steps = new ArrayList<>();
    steps.add(
        Plan.Step.of(DELETING)
            .then(n -> {
              n.putNull("instance_uuid");
              n.putObject("instance_info");
              ObjectNode internal = objectField(n, "driver_internal_info");
              internal.remove("is_whole_disk_image");
              internal.remove("deploy_steps");
              Consoles.setEnabled(n, false, inv.config);
              inv.clearVifs(uuid);
            }));
    if (clean) {
      steps.add(cleaning(AVAILABLE));
    }
    return plan(AVAILABLE, steps, AVAILABLE);
  }

  private static void storeRescuePassword(ObjectNode d, String password) {
    ObjectNode info = objectField(d, "instance_info");
    info.put("rescue_password", password);
    info.put("hashed_rescue_password", "$6$sim$" + sha256(password));
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void checkInstanceTraits(ObjectNode d) {
    JsonNode wanted = d.path("instance_info").path("traits");
    if (!wanted.isArray()) {
      return;
    }
    Set<String> have = new java.util.HashSet<>();
    d.path("traits").forEach(t -> have.add(t.asText()));
    List<String> missing = new ArrayList<>();
    wanted.forEach(t -> {
      if (!have.contains(t.asText())) {
        missing.add(t.asText());
      }
    });
    if (!missing.isEmpty()) {
      String uuid = Json.text(d, "uuid");
      throw ApiException.badRequest(
          "Failed to validate deploy or power info for node "
              + uuid
              + ": Cannot specify instance traits that are not also set on the node. Node "
              + uuid
              + " is missing traits "
              + String.join(", ", missing));
    }
  }

  static ObjectNode objectField(ObjectNode d, String field) {
    if (!d.path(field).isObject()) {
      d.putObject(field);
    }
    return (ObjectNode) d.get(field);
  }
}
