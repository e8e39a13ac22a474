package dev.ferrum.ironic.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.client.ConflictRetry;
import dev.ferrum.ironic.client.Nodes;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.ConsoleState;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeCreate;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.NodeValidation;
import dev.ferrum.ironic.client.model.Page;
import dev.ferrum.ironic.client.model.PatchOperation;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.Vif;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link Nodes} over the engine. Thread-safe. */
public final class NodesImpl implements Nodes {

  private static final Microversion BASE = Microversion.of(1);
  private static final Microversion FIELDS = Microversion.of(8);
  private static final Microversion SOFT_POWER = Microversion.of(27);
  private static final Microversion VIFS = Microversion.of(28);
  private static final Microversion NMI = Microversion.of(29);
  private static final Microversion TRAITS = Microversion.of(37);

  private final Api api;

  /** Creates the node API over {@code api}. */
  public NodesImpl(Api api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  private static String node(String node) {
    return "/v1/nodes/" + Query.segment(Objects.requireNonNull(node, "node"));
  }

  @Override
  public Node get(String node) {
    return api.read(ApiCall.of("get node", "GET", node(node), BASE), Node.class);
  }

  @Override
  public Node get(String node, List<String> fields) {
    Objects.requireNonNull(fields, "fields");
    if (fields.isEmpty()) {
      return get(node);
    }
    ApiCall call =
        ApiCall.of("get node fields", "GET", node(node), FIELDS)
            .withQuery(new Query().add("fields", String.join(",", fields)));
    return api.read(call, Node.class);
  }

  @Override
  public List<Node> list(NodeQuery query) {
    return Pager.all(api, listCall(query), "nodes", Node.class);
  }

  @Override
  public Page<Node> page(NodeQuery query) {
    return Pager.page(api, listCall(query), "nodes", Node.class);
  }

  @Override
  public Optional<Node> findByInstance(String instanceUuid, List<String> fields) {
    Objects.requireNonNull(instanceUuid, "instanceUuid");
    Objects.requireNonNull(fields, "fields");
    NodeQuery q = NodeQuery.builder().instanceUuid(instanceUuid).fields(fields).build();
    List<Node> found = list(q);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static ApiCall listCall(NodeQuery q) {
    Objects.requireNonNull(q, "query");
    Microversion min = BASE;
    min = need(min, q.provisionState(), 9);
    min = need(min, q.driver(), 16);
    min = need(min, q.resourceClass(), 21);
    min = need(min, q.fault(), 42);
    min = need(min, q.conductorGroup(), 46);
    min = need(min, q.owner(), 50);
    min = need(min, q.shard(), 82);
    String fields = null;
    if (q.fields() != null && !q.fields().isEmpty()) {
      min = need(min, q.fields(), 8);
      List<String> f = new ArrayList<>(q.fields());
      if (!f.contains("uuid")) {
        f.add("uuid");
      }
      fields = String.join(",", f);
    }
    Query query =
        new Query()
            .add("instance_uuid", q.instanceUuid())
            .add("provision_state", q.provisionState())
            .add("maintenance", q.maintenance())
            .add("associated", q.associated())
            .add("resource_class", q.resourceClass())
            .add("conductor_group", q.conductorGroup())
            .add("shard", q.shard())
            .add("driver", q.driver())
            .add("fault", q.fault())
            .add("owner", q.owner())
            .add("fields", fields)
            .add("sort_key", q.sortKey())
            .add("sort_dir", q.sortDir() == null ? null : q.sortDir().apiValue())
            .add("limit", q.limit())
            .add("marker", q.marker());
    String path = fields == null ? "/v1/nodes/detail" : "/v1/nodes";
    return ApiCall.of("list nodes", "GET", path, min).withQuery(query);
  }

  private static Microversion need(Microversion current, Object filter, int minor) {
    if (filter == null) {
      return current;
    }
    Microversion m = Microversion.of(minor);
    return current.atLeast(m) ? current : m;
  }

  @Override
  public Node create(NodeCreate create) {
    Objects.requireNonNull(create, "node");
    ObjectNode body = (ObjectNode) Json.tree(create);
    create.interfaces().forEach((kind, impl) -> body.put(kind + "_interface", impl));
    Microversion min = need(BASE, create.name(), 5);
    min = need(min, create.resourceClass(), 21);
    min = need(min, create.conductorGroup(), 46);
    min = need(min, create.owner(), 50);
    min = need(min, create.description(), 51);
    ApiCall call = ApiCall.of("create node", "POST", "/v1/nodes", min).withBody(body);
    return api.read(call, Node.class);
  }

  @Override
  public void delete(String node) {
    api.send(ApiCall.of("delete node", "DELETE", node(node), BASE));
  }

  @Override
  public Node update(String node, JsonPatch patch) {
    return update(node, patch, ConflictRetry.RETRY_NODE_LOCKED);
  }

  @Override
  public Node update(String node, JsonPatch patch, ConflictRetry conflictRetry) {
    ApiCall call =
        ApiCall.of("update node", "PATCH", node(node), BASE)
            .withBody(patchBody(patch))
            .withConflictRetry(Objects.requireNonNull(conflictRetry, "conflictRetry"));
    return api.read(call, Node.class);
  }

  static ArrayNode patchBody(JsonPatch patch) {
    Objects.requireNonNull(patch, "patch");
    ArrayNode ops = Json.MAPPER.createArrayNode();
    patch
        .operations()
        .forEach(op -> {
          ObjectNode o = ops.addObject().put("op", op.op()).put("path", op.path());
          switch (op) {
            case PatchOperation.Add a -> o.set("value", Json.tree(a.value()));
            case PatchOperation.Replace r -> o.set("value", Json.tree(r.value()));
            case PatchOperation.Remove r -> {}
          }
        });
    return ops;
  }

  @Override
  public Node reserve(String node, String instanceUuid) {
    Objects.requireNonNull(instanceUuid, "instanceUuid");
    return update(
        node,
        JsonPatch.builder().replace("/instance_uuid", instanceUuid).build(),
        ConflictRetry.FAIL_FAST);
  }

  @Override
  public Node release(String node) {
    return update(
        node,
        JsonPatch.builder().add("/instance_info", Map.of()).replace("/instance_uuid", null).build(),
        ConflictRetry.RETRY_NODE_LOCKED);
  }

  @Override
  public NodeValidation validate(String node) {
    JsonNode doc = api.readTree(ApiCall.of("validate node", "GET", node(node) + "/validate", BASE));
    Map<String, NodeValidation.InterfaceResult> results = new LinkedHashMap<>();
    doc.properties()
        .forEach(e -> {
          if (e.getValue().isObject()) {
            results.put(
                e.getKey(),
                new NodeValidation.InterfaceResult(
                    e.getValue().path("result").isBoolean()
                        ? e.getValue().path("result").booleanValue()
                        : null,
                    e.getValue().path("reason").isTextual()
                        ? e.getValue().path("reason").asText()
                        : null));
          }
        });
    return new NodeValidation(results);
  }

  @Override
  public void setProvisionState(String node, ProvisionRequest request) {
    Objects.requireNonNull(request, "request");
    ObjectNode body = Json.MAPPER.createObjectNode().put("target", request.verb().apiValue());
    request
        .configDrive()
        .ifPresent(cd -> {
          switch (cd) {
            case ConfigDrive.Encoded e -> body.put("configdrive", e.value());
            case ConfigDrive.Structured s -> body.set("configdrive", Json.tree(s.contents()));
          }
        });
    request.rescuePassword().ifPresent(p -> body.put("rescue_password", p));
    if (!request.cleanSteps().isEmpty()) {
      body.set("clean_steps", Json.tree(request.cleanSteps()));
    }
    ApiCall call =
        ApiCall.of(
                "provision " + request.verb().apiValue(),
                "PUT",
                node(node) + "/states/provision",
                request.minimumVersion())
            .withBody(body);
    api.send(call);
  }

  @Override
  public void setPowerState(String node, PowerTarget target) {
    setPowerState(node, target, Optional.empty());
  }

  @Override
  public void setPowerState(String node, PowerTarget target, Optional<Duration> timeout) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(timeout, "timeout");
    ObjectNode body = Json.MAPPER.createObjectNode().put("target", target.apiValue());
    Microversion min = target.minimumVersion();
    if (timeout.isPresent()) {
      Duration t = timeout.get();
      if (t.isNegative() || t.isZero()) {
        throw new IllegalArgumentException("power timeout must be positive, was " + t);
      }
      long seconds = t.toSeconds() + (t.toNanosPart() > 0 ? 1 : 0);
      body.put("timeout", seconds);
      min = min.atLeast(SOFT_POWER) ? min : SOFT_POWER;
    }
    api.send(
        ApiCall.of("power " + target.apiValue(), "PUT", node(node) + "/states/power", min)
            .withBody(body));
  }

  @Override
  public void injectNmi(String node) {
    api.send(
        ApiCall.of("inject NMI", "PUT", node(node) + "/management/inject_nmi", NMI)
            .withBody(Json.MAPPER.createObjectNode()));
  }

  @Override
  public List<Vif> listVifs(String node) {
    JsonNode doc = api.readTree(ApiCall.of("list VIFs", "GET", node(node) + "/vifs", VIFS));
    List<Vif> out = new ArrayList<>();
    for (JsonNode v : doc.path("vifs")) {
      out.add(new Vif(v.path("id").asText()));
    }
    return out;
  }

  @Override
  public void attachVif(String node, String vifId) {
    Objects.requireNonNull(vifId, "vifId");
    api.send(
        ApiCall.of("attach VIF", "POST", node(node) + "/vifs", VIFS)
            .withBody(Json.MAPPER.createObjectNode().put("id", vifId))
            .withConflictRetry(ConflictRetry.FAIL_FAST));
  }

  @Override
  public void detachVif(String node, String vifId) {
    api.send(
        ApiCall.of("detach VIF", "DELETE", node(node) + "/vifs/" + Query.segment(vifId), VIFS));
  }

  @Override
  public ConsoleState getConsole(String node) {
    return api.read(
        ApiCall.of("get console", "GET", node(node) + "/states/console", BASE), ConsoleState.class);
  }

  @Override
  public void setConsoleEnabled(String node, boolean enabled) {
    api.send(
        ApiCall.of("set console", "PUT", node(node) + "/states/console", BASE)
            .withBody(Json.MAPPER.createObjectNode().put("enabled", enabled)));
  }

  @Override
  public void setMaintenance(String node, Optional<String> reason) {
    Objects.requireNonNull(reason, "reason");
    ObjectNode body = Json.MAPPER.createObjectNode();
    reason.ifPresent(r -> body.put("reason", r));
    api.send(
        ApiCall.of("set maintenance", "PUT", node(node) + "/maintenance", BASE).withBody(body));
  }

  @Override
  public void clearMaintenance(String node) {
    api.send(ApiCall.of("clear maintenance", "DELETE", node(node) + "/maintenance", BASE));
  }

  @Override
  public List<String> getTraits(String node) {
    JsonNode doc = api.readTree(ApiCall.of("get traits", "GET", node(node) + "/traits", TRAITS));
    List<String> out = new ArrayList<>();
    doc.path("traits").forEach(t -> out.add(t.asText()));
    return List.copyOf(out);
  }

  @Override
  public void setTraits(String node, List<String> traits) {
    Objects.requireNonNull(traits, "traits");
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("traits", Json.tree(List.copyOf(traits)));
    api.send(ApiCall.of("set traits", "PUT", node(node) + "/traits", TRAITS).withBody(body));
  }

  @Override
  public void addTrait(String node, String trait) {
    api.send(
        ApiCall.of("add trait", "PUT", node(node) + "/traits/" + Query.segment(trait), TRAITS));
  }

  @Override
  public void removeTrait(String node, String trait) {
    api.send(
        ApiCall.of(
            "remove trait", "DELETE", node(node) + "/traits/" + Query.segment(trait), TRAITS));
  }
}
