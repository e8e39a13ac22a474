package dev.ferrum.driver.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link FakeIronic}'s request log in the scenario notation (scenarios §0.4), e.g. {@code
 * GETN(N)}, {@code LOOKUP(I)}, {@code RESERVE(N)}, {@code PROV(N,active)}, with known UUIDs
 * replaced by their short names. Exists so tests assert on whole sequences in one readable line.
 */
public final class CallLog {

  /** Nova's {@code NODE_FIELDS}, comma-joined, as {@code GETN}/{@code LOOKUP} must send it. */
  public static final String NODE_FIELDS =
      "uuid,power_state,target_power_state,provision_state,target_provision_state,last_error,"
          + "maintenance,properties,instance_uuid,traits,resource_class";

  private CallLog() {}

  /** The calls rendered, with {@code names} mapping UUIDs to short names. */
  public static List<String> render(List<RecordedCall> calls, Map<String, String> names) {
    return calls.stream().map(c -> render(c, names)).toList();
  }

  static String render(RecordedCall c, Map<String, String> names) {
    String[] s = c.path().substring(1).split("/");
    String m = c.method();
    String q = c.param("node") == null ? "" : name(c.param("node"), names);
    String addr = c.param("address") == null ? "" : "," + c.param("address");
    if (s.length >= 2 && s[1].equals("nodes")) {
      if (s.length == 2 && m.equals("GET")) {
        String fields = NODE_FIELDS.equals(c.param("fields")) ? "" : "?fields=" + c.param("fields");
        if (c.param("instance_uuid") != null) {
          return "LOOKUP(" + name(c.param("instance_uuid"), names) + ")" + fields;
        }
        return "LIST" + c.query();
      }
      String n = s.length > 2 ? name(s[2], names) : "";
      String sub = s.length > 3 ? String.join("/", List.of(s).subList(3, s.length)) : "";
      switch (m + " " + sub) {
        case "GET " -> {
          return NODE_FIELDS.equals(c.param("fields"))
              ? "GETN(" + n + ")"
              : "GET(" + n + ")" + c.query();
        }
        case "PATCH " -> {
          return patchName(c.body()) + "(" + n + ")";
        }
        case "GET validate" -> {
          return "VALIDATE(" + n + ")";
        }
        case "PUT states/provision" -> {
          return "PROV(" + n + "," + c.body().path("target").asText() + ")";
        }
        case "PUT states/power" -> {
          return "POWER(" + n + "," + c.body().path("target").asText() + ")";
        }
        case "PUT management/inject_nmi" -> {
          return "NMI(" + n + ")";
        }
        case "POST vifs" -> {
          return "VIF+(" + n + "," + c.body().path("id").asText() + ")";
        }
        case "GET states/console" -> {
          return "CONS?(" + n + ")";
        }
        case "PUT states/console" -> {
          return "CONS=(" + n + "," + c.body().path("enabled").asText() + ")";
        }
        default -> {
          if (m.equals("DELETE") && sub.startsWith("vifs/")) {
            return "VIF-(" + n + "," + s[4] + ")";
          }
          return m + " " + c.path();
        }
      }
    }
    String list = m.equals("GET") ? c.path().replaceAll("/detail$", "") : "";
    if (list.equals("/v1/volume/targets")) {
      return "VT?(" + q + ")";
    }
    if (c.path().equals("/v1/volume/targets") && m.equals("POST")) {
      return "VT+";
    }
    if (c.path().startsWith("/v1/volume/targets/") && m.equals("DELETE")) {
      return "VT-(" + s[3] + ")";
    }
    if (list.equals("/v1/volume/connectors")) {
      return "VC?(" + q + ")";
    }
    if (list.equals("/v1/ports")) {
      return "PORTS?(" + q + addr + ")";
    }
    if (list.equals("/v1/portgroups")) {
      return "PGS?(" + q + addr + ")";
    }
    return m + " " + c.path();
  }

  private static String patchName(JsonNode body) {
    boolean release = false;
    boolean reserve = false;
    for (JsonNode op : body) {
      if (op.path("path").asText().equals("/instance_uuid")) {
        if (op.path("value").isNull() || op.path("op").asText().equals("remove")) {
          release = true;
        } else {
          reserve = true;
        }
      }
    }
    return release ? "RELEASE" : reserve ? "RESERVE" : "PATCH";
  }

  private static String name(String uuid, Map<String, String> names) {
    return names.getOrDefault(uuid, uuid);
  }
}
