package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.compute.RequestContext;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.Server;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parsing and lookups shared by the server routes: project-scoped server lookup (another project's
 * server is a 404, never a 403), image and flavor references, metadata and user data, each failing
 * with Nova's 400 message before anything is stored.
 */
final class ServerRequests {
  private static final int MAX_USER_DATA = 65_535;
  private static final Pattern IPV4 =
      Pattern.compile(
          "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
  private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]{2,45}$");

  /** Nova's {@code parameter_types.metadata} key pattern; values are strings of at most 255. */
  private static final Pattern METADATA_KEY = Pattern.compile("^[a-zA-Z0-9-_:. ]{1,255}$");

  private final Database db;

  ServerRequests(Database db) {
    this.db = db;
  }

  static RequestContext context(Caller c) {
    return new RequestContext(c.userId(), c.projectId(), c.requestId());
  }

  /** A live server the caller may see, else Nova's 404. */
  Server visible(Caller caller, String id) {
    Server s = db.servers().find(id).orElse(null);
    if (s == null || (!caller.isAdmin() && !s.projectId().equals(caller.projectId()))) {
      throw new NotFoundException("Instance", id);
    }
    return s;
  }

  /** The image an {@code imageRef} names (id or URL ending in the id), if the caller may use it. */
  Image image(Caller caller, JsonNode ref) {
    if (ref == null || ref.isNull()) {
      throw new InvalidRequestException("Missing imageRef attribute");
    }
    if (!ref.isTextual()) {
      throw Body.invalid("imageRef", ref, "is not of type 'string'");
    }
    String id = ref.asText();
    int slash = id.lastIndexOf('/');
    if (slash >= 0) {
      id = id.substring(slash + 1);
    }
    Image image = id.isEmpty() ? null : db.images().find(id).orElse(null);
    if (image == null || (!caller.isAdmin() && !image.visibleTo(caller.projectId()))) {
      throw new InvalidRequestException("Can not find requested image");
    }
    if (!"active".equals(image.status())) {
      throw new InvalidRequestException("Image " + image.id() + " is not active.");
    }
    return image;
  }

  /** The flavor a {@code flavorRef} names, if the caller may use it. */
  Flavor flavor(Caller caller, JsonNode ref) {
    if (ref == null || ref.isNull()) {
      throw new InvalidRequestException("Missing flavorRef attribute");
    }
    if (!ref.isTextual() && !ref.isIntegralNumber()) {
      throw Body.invalid("flavorRef", ref, "is not of type 'string', 'integer'");
    }
    String id = ref.asText();
    int slash = id.lastIndexOf('/');
    if (slash >= 0) {
      id = id.substring(slash + 1);
    }
    Flavor f = id.isEmpty() ? null : db.flavors().find(id).orElse(null);
    if (f == null
        || (!caller.isAdmin()
            && !f.isPublic()
            && !db.flavors().isAccessible(f, caller.projectId()))) {
      throw new InvalidRequestException("Invalid flavorRef provided.");
    }
    if (f.disabled()) {
      throw new InvalidRequestException("Flavor is disabled.");
    }
    return f;
  }

  /** The caller's keypair by name, or 400 as Nova. */
  dev.ferrum.service.store.KeyPair keyPair(Caller caller, ObjectNode body) {
    String name = Body.optionalString(body, "key_name", 255);
    if (name == null) {
      return null;
    }
    return db.keyPairs()
        .find(caller.userId(), name)
        .orElseThrow(() -> new InvalidRequestException("Invalid key_name provided."));
  }

  static String userData(ObjectNode body) {
    JsonNode v = body.get("user_data");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw Body.invalid("user_data", v, "is not of type 'string'");
    }
    String text = v.asText();
    if (text.length() > MAX_USER_DATA) {
      throw new InvalidRequestException(
          "User data too large. User data must be no larger than 65535 bytes once base64 encoded.");
    }
    try {
      Base64.getMimeDecoder().decode(text);
      if (!text.replaceAll("\\s", "").matches("^[A-Za-z0-9+/]*={0,2}$")) {
        throw new IllegalArgumentException("bad base64");
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("User data needs to be valid base 64.");
    }
    return text;
  }

  static Map<String, String> metadata(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (!v.isObject()) {
      throw Body.invalid(field, v, "is not of type 'object'");
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      String key = e.getKey();
      if (!METADATA_KEY.matcher(key).matches()) {
        throw new InvalidRequestException(
            "Invalid input for field/attribute "
                + field
                + ". Value: "
                + v
                + ". "
                + repr(key)
                + " does not match any of the regexes: '"
                + METADATA_KEY.pattern()
                + "'");
      }
      if (!e.getValue().isTextual()) {
        throw Body.invalid(field + "." + key, e.getValue(), "is not of type 'string'");
      }
      String value = e.getValue().asText();
      if (value.chars().anyMatch(Character::isISOControl)) {
        throw new InvalidRequestException(
            "Invalid input for field/attribute "
                + field
                + "."
                + key
                + ". Value: "
                + repr(value)
                + ". "
                + repr(value)
                + " contains control characters");
      }
      if (value.length() > 255) {
        throw Body.invalid(field + "." + key, e.getValue(), "is too long");
      }
      out.put(key, value);
    }
    if (out.size() > 128) {
      throw new InvalidRequestException(
          "Quota exceeded for metadata_items: too many metadata items");
    }
    return out;
  }

  /**
   * A string quoted and escaped the way Nova's messages show it (Python's {@code repr}), so that a
   * refused control character is named in the error, never echoed raw.
   */
  private static String repr(String s) {
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\'' -> b.append("\\'");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('\'').toString();
  }

  static String accessIp(ObjectNode body, String field, boolean v6) {
    String ip = Body.optionalString(body, field, 64);
    if (ip == null || ip.isEmpty()) {
      return null;
    }
    if (!(v6 ? IPV6.matcher(ip).matches() && ip.contains(":") : IPV4.matcher(ip).matches())) {
      throw Body.invalid(field, body.get(field), "is not a '" + (v6 ? "ipv6" : "ipv4") + "'");
    }
    return ip;
  }
}
