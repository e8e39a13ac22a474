package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.ConflictException;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.compute.RequestedNic;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.Port;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the {@code networks} of a server create request into the NICs to allocate, with Nova's
 * validation and wording: a list of {@code {uuid, fixed_ip}} / {@code {port}} items, or (from
 * microversion 2.37) {@code "auto"} or {@code "none"}. Leaving it out, or {@code "auto"}, means the
 * configured default network, else the one network the project can see (Nova's rule; several make
 * the request ambiguous). A network or port the caller may not see is reported exactly like a
 * missing one.
 */
final class ServerNics {
  private static final Pattern UUID_FORM =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$");
  private static final Set<String> ITEM_FIELDS = Set.of("uuid", "port", "fixed_ip", "tag");

  private final NetworkBackend networks;
  private final String defaultNetwork;

  /**
   * Creates the parser.
   *
   * @param networks the network service
   * @param defaultNetwork the configured default network (name or id), or {@code null}
   */
  ServerNics(NetworkBackend networks, String defaultNetwork) {
    this.networks = networks;
    this.defaultNetwork = defaultNetwork;
  }

  /**
   * Validates and resolves the request's {@code networks}.
   *
   * @param n the {@code networks} value, or {@code null} when absent
   * @param caller the caller
   * @return the NICs in order
   */
  List<RequestedNic> resolve(JsonNode n, Caller caller) {
    if (n == null || n.isNull()) {
      return automatic(caller);
    }
    if (n.isTextual()) {
      String v = n.asText();
      if (caller.version().atLeast(37) && v.equals("none")) {
        return List.of();
      }
      if (caller.version().atLeast(37) && v.equals("auto")) {
        return automatic(caller);
      }
      throw Body.invalid("networks", n, "is not of type 'array'");
    }
    if (!n.isArray()) {
      throw Body.invalid("networks", n, "is not of type 'array'");
    }
    List<RequestedNic> nics = new ArrayList<>();
    for (JsonNode item : n) {
      if (!(item instanceof ObjectNode obj)) {
        throw Body.invalid("networks", n, "is not of type 'object'");
      }
      Body.rejectUnknown(obj, ITEM_FIELDS);
      nics.add(item(obj, caller));
    }
    return nics;
  }

  private RequestedNic item(ObjectNode item, Caller caller) {
    String portId = text(item, "port");
    String networkId = text(item, "uuid");
    String fixedIp = text(item, "fixed_ip");
    if (fixedIp != null && !isIpAddress(fixedIp)) {
      throw new InvalidRequestException("Invalid fixed IP address (" + fixedIp + ")");
    }
    if (portId != null) {
      if (!UUID_FORM.matcher(portId).matches()) {
        throw new InvalidRequestException(
            "Bad networks format: port uuid is not in proper format (" + portId + ")");
      }
      if (fixedIp != null) {
        throw new InvalidRequestException(
            "Bad networks format: a fixed_ip cannot be given with a port (" + portId + ")");
      }
      Port port =
          networks
              .findPort(portId)
              .filter(p -> caller.isAdmin() || p.projectId().equals(caller.projectId()))
              .orElseThrow(
                  () -> new InvalidRequestException("Port id " + portId + " could not be found."));
      if (port.inUse()) {
        throw new ConflictException("Port " + portId + " is still in use.");
      }
      return new RequestedNic(null, null, port.id());
    }
    if (networkId == null) {
      throw new InvalidRequestException("Bad network format: missing 'uuid' or 'port' in " + item);
    }
    if (!UUID_FORM.matcher(networkId).matches()) {
      throw new InvalidRequestException(
          "Bad networks format: network uuid is not in proper format (" + networkId + ")");
    }
    Network network =
        networks
            .findNetwork(networkId)
            .filter(net -> net.visibleTo(caller.projectId(), caller.isAdmin()))
            .orElseThrow(
                () -> new InvalidRequestException("Network " + networkId + " could not be found."));
    return new RequestedNic(network.id(), fixedIp, null);
  }

  private List<RequestedNic> automatic(Caller caller) {
    List<Network> visible =
        networks.listNetworks(caller.isAdmin() ? null : caller.projectId()).stream()
            .filter(net -> net.visibleTo(caller.projectId(), false))
            .toList();
    if (defaultNetwork != null) {
      Optional<Network> configured =
          visible.stream()
              .filter(net -> net.id().equals(defaultNetwork) || net.name().equals(defaultNetwork))
              .findFirst();
      if (configured.isPresent()) {
        return List.of(RequestedNic.onNetwork(configured.get().id()));
      }
    }
    if (visible.isEmpty()) {
      return List.of();
    }
    if (visible.size() > 1) {
      throw new ConflictException(
          "Multiple possible networks found, use a Network ID to be more specific.");
    }
    return List.of(RequestedNic.onNetwork(visible.get(0).id()));
  }

  private static String text(ObjectNode item, String field) {
    JsonNode v = item.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw Body.invalid("networks." + field, v, "is not of type 'string'");
    }
    return v.asText();
  }

  /** A literal IPv4 or IPv6 address (never a host name: nothing is looked up). */
  static boolean isIpAddress(String text) {
    if (text.matches("^\\d{1,3}(\\.\\d{1,3}){3}$")) {
      for (String octet : text.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return true;
    }
    if (!text.contains(":") || !text.matches("^[0-9a-fA-F:.]{2,45}$")) {
      return false;
    }
    try {
      // With a colon the text is parsed as an IPv6 literal; no name service is asked.
      InetAddress.getByName(text);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
