package dev.ferrum.driver.cache;

import dev.ferrum.ironic.client.model.Node;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Node} values for tests, starting from the scenario defaults (reference scenarios
 * §0.3): provision {@code available}, power {@code null}, no instance, no maintenance, properties
 * {@code {}}, resource class {@code null}, traits {@code []}.
 */
public final class TestNodes {

  /** Node N of the scenarios. */
  public static final String N = "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa";

  /** Node A of the scenarios. */
  public static final String A = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

  /** The third ring-vector node. */
  public static final String C = "11111111-2222-3333-4444-555555555555";

  private String uuid = N;
  private String provisionState = "available";
  private String powerState;
  private boolean maintenance;
  private String instanceUuid;
  private Map<String, Object> properties = Map.of();
  private Map<String, Object> driverInternalInfo;
  private String resourceClass;
  private List<String> traits = List.of();

  private TestNodes() {}

  /** A builder for node {@code uuid} with the scenario defaults. */
  public static TestNodes node(String uuid) {
    TestNodes b = new TestNodes();
    b.uuid = uuid;
    return b;
  }

  /** Sets {@code provision_state}. */
  public TestNodes provision(String v) {
    provisionState = v;
    return this;
  }

  /** Sets {@code power_state}. */
  public TestNodes power(String v) {
    powerState = v;
    return this;
  }

  /** Sets {@code maintenance}. */
  public TestNodes maintenance(boolean v) {
    maintenance = v;
    return this;
  }

  /** Sets {@code instance_uuid}. */
  public TestNodes instance(String v) {
    instanceUuid = v;
    return this;
  }

  /** Sets {@code properties}. */
  public TestNodes properties(Map<String, Object> v) {
    properties = v;
    return this;
  }

  /** Sets {@code driver_internal_info}. */
  public TestNodes driverInternalInfo(Map<String, Object> v) {
    driverInternalInfo = v;
    return this;
  }

  /** Sets {@code resource_class}. */
  public TestNodes resourceClass(String v) {
    resourceClass = v;
    return this;
  }

  /** Sets {@code traits}. */
  public TestNodes traits(List<String> v) {
    traits = v;
    return this;
  }

  /** The node. */
  public Node build() {
    return new Node(
        uuid,
        null,
        null,
        provisionState,
        null,
        powerState,
        null,
        maintenance,
        null,
        null,
        null,
        null,
        instanceUuid,
        null,
        null,
        driverInternalInfo,
        properties,
        null,
        resourceClass,
        null,
        null,
        null,
        null,
        null,
        traits,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
