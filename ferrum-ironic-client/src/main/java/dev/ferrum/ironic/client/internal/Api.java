package dev.ferrum.ironic.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.ironic.client.IronicNotAcceptableException;
import dev.ferrum.ironic.client.IronicTransportException;
import dev.ferrum.ironic.client.model.Microversion;
import java.io.IOException;
import java.util.Objects;

/** What the resource classes use: negotiate, send, decode JSON. Thread-safe. */
public final class Api {

  private final Transport transport;
  private final VersionNegotiator versions;

  /** Creates the facade over a transport and its negotiator. */
  public Api(Transport transport, VersionNegotiator versions) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.versions = Objects.requireNonNull(versions, "versions");
  }

  /** The negotiator, for version queries. */
  public VersionNegotiator versions() {
    return versions;
  }

  /** Sends the call at the negotiated version and returns the 2xx answer. */
  public ApiResponse send(ApiCall call) {
    Microversion v = versions.require(call.operation(), call.minimum());
    try {
      return transport.execute(call, v);
    } catch (IronicNotAcceptableException e) {
      versions.forget();
      throw e;
    }
  }

  /** Sends the call and decodes the body as {@code type}. */
  public <T> T read(ApiCall call, Class<T> type) {
    ApiResponse r = send(call);
    return decode(r, call, Json.MAPPER.constructType(type));
  }

  /** Sends the call and returns the body as a tree. */
  public JsonNode readTree(ApiCall call) {
    ApiResponse r = send(call);
    return tree(r, call);
  }

  /** Decodes a tree (part of an answer) as {@code type}. */
  public static <T> T convert(JsonNode node, JavaType type, ApiCall call, int status) {
    try {
      return Json.MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IronicTransportException(
          "unexpected answer: "
              + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()),
          status,
          call.method(),
          call.target(),
          e);
    }
  }

  static JsonNode tree(ApiResponse r, ApiCall call) {
    try {
      JsonNode node = Json.MAPPER.readTree(r.bytes());
      if (node == null || node.isMissingNode()) {
        throw new IronicTransportException(
            "empty answer where JSON was expected", r.status(), call.method(), call.target(), null);
      }
      return node;
    } catch (IOException e) {
      throw new IronicTransportException(
          "answer is not JSON", r.status(), call.method(), call.target(), e);
    }
  }

  private static <T> T decode(ApiResponse r, ApiCall call, JavaType type) {
    return convert(tree(r, call), type, call, r.status());
  }
}
