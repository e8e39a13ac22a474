package dev.ferrum.ironic.simulator.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The route templates the server registered, so a request can be named by its template (for
 * counters and fault rules) before Javalin routes it.
 */
final class RouteTemplates {
  private record Template(String method, String path, Pattern pattern) {}

  private final List<Template> templates = new CopyOnWriteArrayList<>();

  void register(String method, String path) {
    templates.add(new Template(method, path, compile(path)));
  }

  /** The template matching a request, or {@code (unmatched)}. */
  String match(String method, String path) {
    String p =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (Template t : templates) {
      if (t.method().equals(method) && t.pattern().matcher(p).matches()) {
        return t.path();
      }
    }
    return "(unmatched)";
  }

  /** {@code {x}} and {@code *} match one segment, {@code **} matches anything. */
  static Pattern compile(String template) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i);
        re.append("[^/]+");
        i = end < 0 ? template.length() : end + 1;
      } else if (template.startsWith("**", i)) {
        re.append(".*");
        i += 2;
      } else if (c == '*') {
        re.append("[^/]*");
        i++;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return Pattern.compile(re.toString());
  }
}
