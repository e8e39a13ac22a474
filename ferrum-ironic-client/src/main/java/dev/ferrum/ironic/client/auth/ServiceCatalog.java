package dev.ferrum.ironic.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The endpoints of a Keystone v3 token's {@code catalog}, flattened, and the lookup in them. */
record ServiceCatalog(List<Endpoint> endpoints) {

  /** One catalog URL. */
  record Endpoint(
      String serviceType, String endpointInterface, Optional<String> region, String url) {
    @Override
    public String toString() {
      return endpointInterface + " " + region.orElse("(no region)") + " " + url;
    }
  }

  ServiceCatalog {
    endpoints = List.copyOf(endpoints);
  }

  /** Reads {@code token.catalog}; a missing catalog (unscoped token) is an empty one. */
  static ServiceCatalog parse(JsonNode catalog) {
    List<Endpoint> found = new ArrayList<>();
    if (catalog != null && catalog.isArray()) {
      for (JsonNode service : catalog) {
        String type = service.path("type").asText("");
        for (JsonNode e : service.path("endpoints")) {
          String url = e.path("url").asText("");
          if (url.isEmpty()) {
            continue;
          }
          Optional<String> region =
              text(e, "region_id").or(() -> text(e, "region")).filter(r -> !r.isEmpty());
          found.add(new Endpoint(type, e.path("interface").asText(""), region, url));
        }
      }
    }
    return new ServiceCatalog(found);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  /**
   * The first endpoint of the service type with the interface (and region, when given), with a
   * trailing {@code /} and {@code /v1} removed.
   *
   * @throws EndpointNotFoundException naming what was wanted and what the catalog has
   */
  URI find(String serviceType, EndpointInterface endpointInterface, Optional<String> region) {
    Objects.requireNonNull(serviceType, "serviceType");
    List<Endpoint> ofType =
        endpoints.stream().filter(e -> e.serviceType().equals(serviceType)).toList();
    Optional<Endpoint> match =
        ofType.stream()
            .filter(e -> e.endpointInterface().equals(endpointInterface.catalogName()))
            .filter(e -> region.isEmpty() || e.region().equals(region))
            .findFirst();
    if (match.isEmpty()) {
      String wanted =
          "service type '"
              + serviceType
              + "', interface '"
              + endpointInterface.catalogName()
              + "'"
              + region.map(r -> ", region '" + r + "'").orElse(", any region");
      String have =
          ofType.isEmpty()
              ? "the catalog has no '" + serviceType + "' service at all"
              : "its '" + serviceType + "' endpoints are " + ofType;
      throw new EndpointNotFoundException(
          "Keystone's service catalog has no endpoint for " + wanted + "; " + have);
    }
    return trimVersion(match.get().url());
  }

  /** {@code http://h:6385/v1/} and {@code http://h:6385/} both become {@code http://h:6385}. */
  static URI trimVersion(String url) {
    String u = stripSlashes(url);
    if (u.endsWith("/v1")) {
      u = stripSlashes(u.substring(0, u.length() - 3));
    }
    return URI.create(u);
  }

  private static String stripSlashes(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '/') {
      end--;
    }
    return s.substring(0, end);
  }
}
