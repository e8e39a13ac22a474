package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for the {@code /network/v2.0} tests: creating networks, subnets and ports through the
 * API, reading ids out of listings, asserting Neutron error bodies, and snapshots of everything the
 * backend stores (to prove that a refused request stored nothing).
 */
abstract class NetworkApiTestSupport extends ApiTestSupport {
  static final String NET = "/network/v2.0/networks";
  static final String SUBNETS = "/network/v2.0/subnets";
  static final String PORTS = "/network/v2.0/ports";

  /** Creates a network; asserts the 201 and returns its view. */
  JsonNode createNetwork(String token, String attributes) {
    Resp r = post(NET, token, json("{'network': {" + attributes + "}}"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("network");
  }

  /** Creates a subnet; asserts the 201 and returns its view. */
  JsonNode createSubnet(String token, String networkId, String cidr, String attributes) {
    String extra = attributes.isEmpty() ? "" : ", " + attributes;
    Resp r =
        post(
            SUBNETS,
            token,
            json(
                "{'subnet': {'network_id': '"
                    + networkId
                    + "', 'ip_version': 4, 'cidr': '"
                    + cidr
                    + "'"
                    + extra
                    + "}}"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("subnet");
  }

  /** Creates a port; asserts the 201 and returns its view. */
  JsonNode createPort(String token, String networkId, String attributes) {
    String extra = attributes.isEmpty() ? "" : ", " + attributes;
    Resp r = post(PORTS, token, json("{'port': {'network_id': '" + networkId + "'" + extra + "}}"));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().get("port");
  }

  /** The ids of a listing's items, in order. */
  static List<String> ids(Resp r, String collection) {
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().get(collection).forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  List<String> networkIds(String token, String query) {
    return ids(get(NET + query, token), "networks");
  }

  List<String> subnetIds(String token, String query) {
    return ids(get(SUBNETS + query, token), "subnets");
  }

  List<String> portIds(String token, String query) {
    return ids(get(PORTS + query, token), "ports");
  }

  /** Asserts a Neutron error body with its status and type; returns the message. */
  static String assertNeutronError(Resp r, int status, String type) {
    assertThat(r.status()).as(r.text()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode e = r.json().get("NeutronError");
    assertThat(e).as(r.text()).isNotNull();
    assertThat(r.json().size()).isEqualTo(1);
    assertThat(e.get("type").asText()).as(r.text()).isEqualTo(type);
    assertThat(e.get("detail").asText()).isEmpty();
    assertThat(e.get("message").asText()).isNotBlank();
    return e.get("message").asText();
  }

  /** Everything the backend stores, for before/after comparisons. */
  record Stored(List<?> networks, List<?> subnets, List<?> ports) {}

  Stored stored() {
    return new Stored(
        network.listNetworks(null), network.listSubnets(null), network.listPorts(null));
  }
}
