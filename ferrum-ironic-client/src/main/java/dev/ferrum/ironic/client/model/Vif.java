package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * A virtual interface (a Neutron port id) attached to a node (1.28).
 *
 * <p>A record rather than a bare string so the list answer keeps its shape if Ironic adds
 * attributes.
 *
 * @param id the Neutron port id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Vif(String id) {
  /** Requires an id. */
  public Vif {
    Objects.requireNonNull(id, "id");
  }
}
