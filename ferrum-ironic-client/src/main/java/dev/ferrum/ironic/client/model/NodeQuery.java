package dev.ferrum.ironic.client.model;

import java.util.List;
import java.util.Objects;

/**
 * Filters, projection, order and paging of {@code GET /v1/nodes}.
 *
 * <p>Exists so the client can compute the microversion a query needs (a {@code shard} filter needs
 * 1.82, {@code fields} 1.8...) and can rebuild the same query for every page, since Ironic's {@code
 * next} links drop most filters. A {@code null} component means "not filtered".
 *
 * @param instanceUuid only the node reserved for this instance
 * @param provisionState only nodes in this provision state (1.9)
 * @param maintenance only nodes with this maintenance flag
 * @param associated only nodes with ({@code true}) or without an instance
 * @param resourceClass only nodes of this resource class (1.21)
 * @param conductorGroup only nodes of this conductor group (1.46)
 * @param shard only nodes of this shard (1.82)
 * @param driver only nodes of this hardware type (1.16)
 * @param fault only nodes with this fault (1.42)
 * @param owner only nodes of this owner (1.50)
 * @param fields project to these fields (1.8); the client adds {@code uuid} for paging
 * @param sortKey sort by this field
 * @param sortDir sort direction
 * @param limit page size, 1 to {@value #MAX_LIMIT}; {@code null} lets the server choose
 * @param marker start after the node with this UUID
 */
public record NodeQuery(
    String instanceUuid,
    String provisionState,
    Boolean maintenance,
    Boolean associated,
    String resourceClass,
    String conductorGroup,
    String shard,
    String driver,
    String fault,
    String owner,
    List<String> fields,
    String sortKey,
    SortDirection sortDir,
    Integer limit,
    String marker) {

  /** The largest page Ironic serves by default ({@code [api] max_limit}). */
  public static final int MAX_LIMIT = 1000;

  /** Validates the page size and copies the field list. */
  public NodeQuery {
    fields = fields == null ? null : List.copyOf(fields);
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
  }

  /** A query with no filter: every node. */
  public static NodeQuery all() {
    return builder().build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this query. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.instanceUuid = instanceUuid;
    b.provisionState = provisionState;
    b.maintenance = maintenance;
    b.associated = associated;
    b.resourceClass = resourceClass;
    b.conductorGroup = conductorGroup;
    b.shard = shard;
    b.driver = driver;
    b.fault = fault;
    b.owner = owner;
    b.fields = fields;
    b.sortKey = sortKey;
    b.sortDir = sortDir;
    b.limit = limit;
    b.marker = marker;
    return b;
  }

  /** This query starting after {@code marker}. */
  public NodeQuery withMarker(String marker) {
    return toBuilder().marker(marker).build();
  }

  /** Sort direction of a list. */
  public enum SortDirection {
    /** Ascending. */
    ASC,
    /** Descending. */
    DESC;

    /** The query value, {@code asc} or {@code desc}. */
    public String apiValue() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Builds a {@link NodeQuery}; not thread-safe. */
  public static final class Builder {
    private String instanceUuid;
    private String provisionState;
    private Boolean maintenance;
    private Boolean associated;
    private String resourceClass;
    private String conductorGroup;
    private String shard;
    private String driver;
    private String fault;
    private String owner;
    private List<String> fields;
    private String sortKey;
    private SortDirection sortDir;
    private Integer limit;
    private String marker;

    private Builder() {}

    /** Only the node reserved for this instance. */
    public Builder instanceUuid(String v) {
      instanceUuid = v;
      return this;
    }

    /** Only nodes in this provision state. */
    public Builder provisionState(String v) {
      provisionState = v;
      return this;
    }

    /** Only nodes with this maintenance flag. */
    public Builder maintenance(Boolean v) {
      maintenance = v;
      return this;
    }

    /** Only nodes with or without an instance. */
    public Builder associated(Boolean v) {
      associated = v;
      return this;
    }

    /** Only nodes of this resource class. */
    public Builder resourceClass(String v) {
      resourceClass = v;
      return this;
    }

    /** Only nodes of this conductor group. */
    public Builder conductorGroup(String v) {
      conductorGroup = v;
      return this;
    }

    /** Only nodes of this shard. */
    public Builder shard(String v) {
      shard = v;
      return this;
    }

    /** Only nodes of this hardware type. */
    public Builder driver(String v) {
      driver = v;
      return this;
    }

    /** Only nodes with this fault. */
    public Builder fault(String v) {
      fault = v;
      return this;
    }

    /** Only nodes of this owner. */
    public Builder owner(String v) {
      owner = v;
      return this;
    }

    /** Project to these fields. */
    public Builder fields(List<String> v) {
      fields = v;
      return this;
    }

    /** Project to these fields. */
    public Builder fields(String... v) {
      fields = List.of(v);
      return this;
    }

    /** Sort by this field, in this direction. */
    public Builder sort(String key, SortDirection dir) {
      sortKey = Objects.requireNonNull(key, "key");
      sortDir = dir;
      return this;
    }

    /** Page size. */
    public Builder limit(Integer v) {
      limit = v;
      return this;
    }

    /** Start after this node UUID. */
    public Builder marker(String v) {
      marker = v;
      return this;
    }

    /** The query. */
    public NodeQuery build() {
      return new NodeQuery(
          instanceUuid,
          provisionState,
          maintenance,
          associated,
          resourceClass,
          conductorGroup,
          shard,
          driver,
          fault,
          owner,
          fields,
          sortKey,
          sortDir,
          limit,
          marker);
    }
  }
}
