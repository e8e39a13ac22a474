package dev.ferrum.ironic.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered query string; {@code null} values are left out. Not thread-safe. */
public final class Query {
  private final Map<String, String> params = new LinkedHashMap<>();

  /** Adds {@code name=value} unless the value is null. */
  public Query add(String name, Object value) {
    if (value != null) {
      params.put(name, String.valueOf(value));
    }
    return this;
  }

  /** A copy with {@code name} set (replacing any earlier value). */
  public Query with(String name, Object value) {
    Query q = new Query();
    q.params.putAll(params);
    q.params.remove(name);
    return q.add(name, value);
  }

  /** {@code ?a=b&c=d}, or the empty string. */
  public String render() {
    if (params.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("?");
    params.forEach((k, v) -> {
      if (sb.length() > 1) {
        sb.append('&');
      }
      sb.append(encode(k, true)).append('=').append(encode(v, true));
    });
    return sb.toString();
  }

  /** Percent-encodes one path segment (everything but RFC 3986 unreserved characters). */
  public static String segment(String raw) {
    if (raw == null || raw.isEmpty()) {
      throw new IllegalArgumentException("an identifier must not be empty");
    }
    return encode(raw, false);
  }

  private static String encode(String raw, boolean query) {
    StringBuilder sb = new StringBuilder();
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      boolean queryOk = query && (c == ',' || c == ':' || c == '@' || c == '/');
      if (unreserved || queryOk) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        sb.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
