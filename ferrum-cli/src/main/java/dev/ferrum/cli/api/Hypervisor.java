package dev.ferrum.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One Ironic node as Nova's hypervisor API reports it ({@code hypervisor_hostname} is the node
 * uuid), which is how {@code ferrum node list} sees bare metal without talking to Ironic.
 *
 * @param id the hypervisor id (an integer or a uuid, depending on the microversion)
 * @param nodeId {@code hypervisor_hostname}: the Ironic node uuid
 * @param state {@code state}: {@code up} or {@code down}
 * @param status {@code status}: {@code enabled} or {@code disabled}
 * @param type {@code hypervisor_type} ({@code ironic})
 * @param servers the {@code servers} the service embedded ({@code uuid}, {@code name}); often empty
 * @param json the API object as received
 */
public record Hypervisor(
    String id,
    String nodeId,
    String state,
    String status,
    String type,
    List<ServerRef> servers,
    JsonNode json) {

  /** Checks for nulls and copies the list. */
  public Hypervisor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    servers = List.copyOf(Objects.requireNonNull(servers, "servers"));
    Objects.requireNonNull(json, "json");
  }

  /** Reads a hypervisor object. */
  public static Hypervisor of(JsonNode h) {
    Objects.requireNonNull(h, "h");
    List<ServerRef> servers = new ArrayList<>();
    h.path("servers")
        .forEach(s ->
            servers.add(
                new ServerRef(
                    Fields.text(s, "uuid").or(() -> Fields.text(s, "id")).orElse(""),
                    Fields.textOr(s, "name", ""))));
    return new Hypervisor(
        Fields.textOr(h, "id", ""),
        Fields.textOr(h, "hypervisor_hostname", ""),
        Fields.textOr(h, "state", ""),
        Fields.textOr(h, "status", ""),
        Fields.textOr(h, "hypervisor_type", ""),
        servers,
        h);
  }
}
