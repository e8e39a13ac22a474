package dev.ferrum.driver.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import mockwebserver3.MockWebServer;

/**
 * An in-memory Ironic on 127.0.0.1 for driver scenario tests (scenarios §0.1).
 *
 * <p>Exists so the driver is tested through the real {@link IronicClient} and real HTTP, with
 * assertions on the exact request log. It holds nodes, ports, port groups, volume connectors and
 * targets, VIFs and console state; applies node JSON patches (with Ironic's 409 when {@code
 * /instance_uuid} is set on a node that already has another instance); records every request except
 * version discovery ({@code GET /}); advertises microversions 1.1…1.109 unless {@link
 * #maxMicroversion(int)} says otherwise.
 *
 * <p>Usage:
 *
 * <pre>{@code
 * try (FakeIronic ironic = FakeIronic.start()) {
 *   ironic.addNode(FakeIronic.NODE_N);                              // §0.3 defaults
 *   ironic.node(FakeIronic.NODE_N).put("provision_state", "active"); // edit state directly
 *   ironic.enqueue("PATCH", "/v1/nodes/" + NODE_N, Answer.status(409)); // next PATCH fails once
 *   ironic.onRead(NODE_N, n -> n.put("provision_state", "deploying"),  // per-poll state script
 *                         n -> n.put("provision_state", "active"));
 *   IronicClient client = ironic.client();                          // instant retry sleeps
 *   ...
 *   assertThat(ironic.requests()).extracting(RecordedCall::method).containsExactly(...);
 * }
 * }</pre>
 *
 * <p>By default provision and power PUTs complete at once ({@code active} → {@code active}, {@code
 * deleted} → {@code available}, {@code rescue} → {@code rescue}, power targets → their state).
 * {@link #autoComplete(boolean) autoComplete(false)} makes them only set the target states and an
 * in-progress state, so a scenario scripts completion with {@link #onRead}. Thread-safe: every
 * method and every request is serialised on this object.
 */
public final class FakeIronic implements AutoCloseable {

  /** Node N of scenarios §0.3. */
  public static final String NODE_N = "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa";

  /** Node A of scenarios §0.3. */
  public static final String NODE_A = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

  /** Image IMG of scenarios §0.3. */
  public static final String IMAGE = "cccccccc-cccc-cccc-cccc-cccccccccccc";

  static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, ObjectNode> nodes = new LinkedHashMap<>();
  final Map<String, ObjectNode> ports = new LinkedHashMap<>();
  final Map<String, ObjectNode> portGroups = new LinkedHashMap<>();
  final Map<String, ObjectNode> connectors = new LinkedHashMap<>();
  final Map<String, ObjectNode> targets = new LinkedHashMap<>();
  final Map<String, List<String>> vifs = new HashMap<>();
  final Map<String, ObjectNode> validation = new HashMap<>();
  final Map<String, Deque<Consumer<ObjectNode>>> readScripts = new HashMap<>();
  final Map<String, Deque<Answer>> queued = new HashMap<>();
  final Map<String, Answer> fixed = new HashMap<>();
  final List<RecordedCall> log = new CopyOnWriteArrayList<>();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  int maxMicroversion = 109;
  int pageSize = 1000;
  boolean autoComplete = true;
  int discoveries;
  private int idCounter;

  private final MockWebServer server = new MockWebServer();

  private FakeIronic() {}

  /** Starts a fake on 127.0.0.1 and a free port. */
  public static FakeIronic start() {
    FakeIronic f = new FakeIronic();
    f.server.setDispatcher(new FakeIronicDispatcher(f));
    try {
      f.server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  /** The endpoint, e.g. {@code http://127.0.0.1:41234}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  /**
   * A client builder pointed at this fake: 5 s request timeout, no jitter, and retry sleeps
   * recorded in {@link #sleeps()} instead of slept.
   */
  public IronicClient.Builder clientBuilder() {
    return IronicClient.builder()
        .endpoint(endpoint())
        .requestTimeout(Duration.ofSeconds(5))
        .connectTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.builder().jitter(false).build())
        .sleeper(sleeps::add);
  }

  /** A client from {@link #clientBuilder()}. */
  public IronicClient client() {
    return clientBuilder().build();
  }

  /** The delays the client asked to sleep. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  // ---- state -------------------------------------------------------------------------------

  /** Adds a node with the §0.3 defaults and returns its live JSON (edit it freely). */
  public synchronized ObjectNode addNode(String uuid) {
    ObjectNode n = JSON.createObjectNode();
    n.put("uuid", uuid);
    n.putNull("name");
    n.put("driver", "fake-hardware");
    n.put("provision_state", "available");
    n.putNull("target_provision_state");
    n.putNull("power_state");
    n.putNull("target_power_state");
    n.put("maintenance", false);
    n.putNull("maintenance_reason");
    n.putNull("fault");
    n.putNull("last_error");
    n.putNull("reservation");
    n.putNull("instance_uuid");
    n.putObject("instance_info");
    n.putObject("driver_info");
    n.putObject("driver_internal_info");
    n.putObject("properties");
    n.putObject("extra");
    n.putNull("resource_class");
    n.put("conductor_group", "");
    n.putNull("shard");
    n.putArray("traits");
    n.put("console_enabled", false);
    n.put("protected", false);
    n.put("retired", false);
    n.putNull("owner");
    n.putNull("lessee");
    nodes.put(uuid, n);
    vifs.put(uuid, new ArrayList<>());
    return n;
  }

  /** The live JSON of a node; edits take effect on the next request. */
  public synchronized ObjectNode node(String uuid) {
    return Objects.requireNonNull(nodes.get(uuid), () -> "no node " + uuid);
  }

  /** Removes a node (later GETs answer 404). */
  public synchronized void removeNode(String uuid) {
    nodes.remove(uuid);
  }

  /** Adds a port with this MAC to the node; returns its live JSON. */
  public synchronized ObjectNode addPort(String node, String mac) {
    ObjectNode p = resource("port");
    p.put("address", mac);
    p.put("node_uuid", node);
    p.putNull("portgroup_uuid");
    p.put("pxe_enabled", true);
    p.putNull("physical_network");
    p.putObject("internal_info");
    p.putObject("extra");
    p.putObject("local_link_connection");
    ports.put(p.get("uuid").asText(), p);
    return p;
  }

  /** Adds a port group with this MAC to the node; returns its live JSON. */
  public synchronized ObjectNode addPortGroup(String node, String mac) {
    ObjectNode p = resource("portgroup");
    p.put("address", mac);
    p.put("node_uuid", node);
    p.putNull("name");
    p.putNull("mode");
    p.putObject("properties");
    p.put("standalone_ports_supported", true);
    p.putObject("internal_info");
    p.putObject("extra");
    portGroups.put(p.get("uuid").asText(), p);
    return p;
  }

  /** Adds a volume connector; returns its live JSON. */
  public synchronized ObjectNode addVolumeConnector(String node, String type, String connectorId) {
    ObjectNode c = resource("connector");
    c.put("node_uuid", node);
    c.put("type", type);
    c.put("connector_id", connectorId);
    c.putObject("extra");
    connectors.put(c.get("uuid").asText(), c);
    return c;
  }

  /** Adds a volume target; returns its live JSON. */
  public synchronized ObjectNode addVolumeTarget(String node, String volumeId, int bootIndex) {
    ObjectNode t = resource("target");
    t.put("node_uuid", node);
    t.put("volume_type", "iscsi");
    t.put("volume_id", volumeId);
    t.put("boot_index", bootIndex);
    t.putObject("properties");
    t.putObject("extra");
    targets.put(t.get("uuid").asText(), t);
    return t;
  }

  /** Records {@code vif} as attached to the node without a request (scenario setup). */
  public synchronized void attachVifForTest(String node, String vif) {
    vifs.get(node).add(vif);
  }

  /** VIFs attached to the node, in attach order. */
  public synchronized List<String> vifs(String node) {
    return List.copyOf(vifs.getOrDefault(node, List.of()));
  }

  /** Volume targets currently held, in creation order. */
  public synchronized List<ObjectNode> volumeTargets() {
    return List.copyOf(targets.values());
  }

  /** Sets one interface's validation result ({@code reason} may be null). */
  public synchronized void validation(String node, String iface, boolean ok, String reason) {
    ObjectNode v = validation.computeIfAbsent(node, k -> JSON.createObjectNode());
    ObjectNode r = v.putObject(iface);
    r.put("result", ok);
    if (reason == null) {
      r.putNull("reason");
    } else {
      r.put("reason", reason);
    }
  }

  /** The highest microversion advertised at {@code GET /} (default 109). */
  public synchronized void maxMicroversion(int minor) {
    maxMicroversion = minor;
  }

  /** Page size used when a list request has no {@code limit} (default 1000, Ironic's max). */
  public synchronized void pageSize(int size) {
    pageSize = size;
  }

  /** Whether provision/power PUTs complete at once (default {@code true}). */
  public synchronized void autoComplete(boolean on) {
    autoComplete = on;
  }

  // ---- programming ---------------------------------------------------------------------------

  /**
   * Each time the node is read (its GET or a list containing it), the next step runs on its live
   * JSON before the answer is built; when the steps run out the node stays as the last left it.
   */
  @SafeVarargs
  public final synchronized void onRead(String node, Consumer<ObjectNode>... steps) {
    Deque<Consumer<ObjectNode>> script = readScripts.computeIfAbsent(node, k -> new ArrayDeque<>());
    for (Consumer<ObjectNode> step : steps) {
      script.add(step);
    }
  }

  /** The next requests to {@code method path} (exact, no query) get these answers, in order. */
  public synchronized void enqueue(String method, String path, Answer... answers) {
    queued.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).addAll(List.of(answers));
  }

  /** Every request to {@code method path} gets this answer (after any enqueued ones). */
  public synchronized void respond(String method, String path, Answer answer) {
    fixed.put(method + " " + path, Objects.requireNonNull(answer, "answer"));
  }

  // ---- log -----------------------------------------------------------------------------------

  /** Every request except version discovery, in arrival order. */
  public List<RecordedCall> requests() {
    return List.copyOf(log);
  }

  /** The requests matching {@code filter}. */
  public List<RecordedCall> requests(Predicate<RecordedCall> filter) {
    return log.stream().filter(filter).toList();
  }

  /** The requests to exactly {@code method path}. */
  public List<RecordedCall> requests(String method, String path) {
    return requests(c -> c.is(method, path));
  }

  /** Forgets the recorded requests (e.g. after a scenario's setup). */
  public void clearRequests() {
    log.clear();
  }

  /** How many times {@code GET /} was asked. */
  public synchronized int discoveries() {
    return discoveries;
  }

  /** The JSON body of a recorded call as a tree ({@code null} if none). */
  public static JsonNode body(RecordedCall call) {
    return call.body();
  }

  synchronized String nextId(String kind) {
    idCounter++;
    return String.format("%08x-0000-4000-8000-%012d", kind.hashCode() & 0xffffffffL, idCounter);
  }

  private ObjectNode resource(String kind) {
    ObjectNode o = JSON.createObjectNode();
    o.put("uuid", nextId(kind));
    return o;
  }

  @Override
  public void close() {
    server.close();
  }
}
