package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/nodes}: enrolling a node.
 *
 * <p>Exists so enrolment (by tests, tools and the simulator's fixtures) is typed. Hardware
 * interfaces go in {@link #interfaces()} keyed by their short name ({@code deploy} becomes {@code
 * deploy_interface}). {@link #toString()} prints no {@code driverInfo} values, which hold BMC
 * credentials.
 *
 * @param driver the hardware type, e.g. {@code fake-hardware}; required
 * @param name a unique name, or {@code null}
 * @param uuid a chosen UUID, or {@code null} for a generated one
 * @param resourceClass the resource class, or {@code null}
 * @param conductorGroup the conductor group, or {@code null}
 * @param owner the owning project, or {@code null}
 * @param description a description, or {@code null}
 * @param properties hardware properties, or {@code null}
 * @param driverInfo BMC address and credentials, or {@code null}
 * @param extra free-form data, or {@code null}
 * @param interfaces interface short name to implementation, e.g. {@code deploy -> fake}
 */
public record NodeCreate(
    String driver,
    String name,
    String uuid,
    String resourceClass,
    String conductorGroup,
    String owner,
    String description,
    Map<String, Object> properties,
    Map<String, Object> driverInfo,
    Map<String, Object> extra,
    @JsonIgnore Map<String, String> interfaces) {

  /** Requires the driver; copies the interface map. */
  public NodeCreate {
    Objects.requireNonNull(driver, "driver");
    interfaces = Map.copyOf(interfaces == null ? Map.of() : interfaces);
  }

  /** A builder for a node of this hardware type. */
  public static Builder builder(String driver) {
    return new Builder(driver);
  }

  @Override
  public String toString() {
    return "NodeCreate[driver="
        + driver
        + ", name="
        + name
        + ", resourceClass="
        + resourceClass
        + ", driverInfo keys="
        + (driverInfo == null ? "[]" : driverInfo.keySet())
        + ", interfaces="
        + interfaces
        + "]";
  }

  /** Builds a {@link NodeCreate}; not thread-safe. */
  public static final class Builder {
    private final String driver;
    private String name;
    private String uuid;
    private String resourceClass;
    private String conductorGroup;
    private String owner;
    private String description;
    private Map<String, Object> properties;
    private Map<String, Object> driverInfo;
    private Map<String, Object> extra;
    private final Map<String, String> interfaces = new LinkedHashMap<>();

    private Builder(String driver) {
      this.driver = Objects.requireNonNull(driver, "driver");
    }

    /** The unique name. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** A chosen UUID. */
    public Builder uuid(String v) {
      uuid = v;
      return this;
    }

    /** The resource class. */
    public Builder resourceClass(String v) {
      resourceClass = v;
      return this;
    }

    /** The conductor group. */
    public Builder conductorGroup(String v) {
      conductorGroup = v;
      return this;
    }

    /** The owning project. */
    public Builder owner(String v) {
      owner = v;
      return this;
    }

    /** A description. */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /** Hardware properties. */
    public Builder properties(Map<String, Object> v) {
      properties = v;
      return this;
    }

    /** BMC address and credentials. */
    public Builder driverInfo(Map<String, Object> v) {
      driverInfo = v;
      return this;
    }

    /** Free-form data. */
    public Builder extra(Map<String, Object> v) {
      extra = v;
      return this;
    }

    /** Sets one hardware interface, e.g. {@code interface("deploy", "fake")}. */
    public Builder hardwareInterface(String kind, String implementation) {
      interfaces.put(
          Objects.requireNonNull(kind, "kind"),
          Objects.requireNonNull(implementation, "implementation"));
      return this;
    }

    /** The create body. */
    public NodeCreate build() {
      return new NodeCreate(
          driver,
          name,
          uuid,
          resourceClass,
          conductorGroup,
          owner,
          description,
          properties,
          driverInfo,
          extra,
          interfaces);
    }
  }
}
