package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The answer of {@code GET /v1/nodes/{id}/validate}: one result per driver interface.
 *
 * <p>Exists so callers can ask "is deploy/power valid, and if not why" without parsing a map of
 * maps. A {@code null} result means the interface is not implemented by the driver, which is not a
 * failure.
 *
 * @param interfaces interface name ({@code power}, {@code deploy}...) to its result
 */
public record NodeValidation(Map<String, InterfaceResult> interfaces) {

  /** Copies the map. */
  public NodeValidation {
    interfaces = Map.copyOf(Objects.requireNonNull(interfaces, "interfaces"));
  }

  /** The result of one interface, or an "unknown" result when absent. */
  public InterfaceResult get(String interfaceName) {
    return interfaces.getOrDefault(interfaceName, new InterfaceResult(null, null));
  }

  /** Interfaces whose result is explicitly {@code false}, with their reasons, sorted by name. */
  public Map<String, String> failures() {
    Map<String, String> out = new TreeMap<>();
    interfaces.forEach((name, r) -> {
      if (Boolean.FALSE.equals(r.result())) {
        out.put(name, r.reason() == null ? "" : r.reason());
      }
    });
    return out;
  }

  /**
   * One interface's validation.
   *
   * @param result {@code true} valid, {@code false} invalid, {@code null} not applicable
   * @param reason why it is invalid or not applicable
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InterfaceResult(Boolean result, String reason) {
    /** {@code true} only if the interface validated explicitly. */
    public boolean valid() {
      return Boolean.TRUE.equals(result);
    }
  }
}
