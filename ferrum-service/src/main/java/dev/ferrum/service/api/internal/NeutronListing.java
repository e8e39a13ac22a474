package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.network.NetworkResourceNotFoundException;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A Neutron collection listing: attribute filters from the query ({@code ?name=a&name=b} means a or
 * b; unknown parameters are ignored, as Neutron does), {@code fields=} projection, and {@code
 * limit}/{@code marker} paging with a {@code <collection>_links} next link.
 *
 * @param <T> the resource record
 */
final class NeutronListing<T> {
  /** Matches one resource against one query value of a filter. */
  @FunctionalInterface
  interface Matcher<T> {
    boolean matches(T item, String value);
  }

  private final String collection;
  private final String kind;
  private final Function<T, String> id;

  /** Each filter turns the query's values for its name into a test (refusing invalid values). */
  private final Map<String, Function<List<String>, Predicate<T>>> filters = new LinkedHashMap<>();

  private final Set<String> adminOnly = new HashSet<>();

  /**
   * Creates a listing.
   *
   * @param collection the collection key, e.g. {@code networks}
   * @param kind the resource kind for a missing marker, e.g. {@code Network}
   * @param id the resource's id
   */
  NeutronListing(String collection, String kind, Function<T, String> id) {
    this.collection = collection;
    this.kind = kind;
    this.id = id;
  }

  /** A filter on a string attribute (exact match; a null attribute matches nothing). */
  NeutronListing<T> text(String name, Function<T, String> attribute) {
    return custom(name, (item, value) -> value.equals(attribute.apply(item)));
  }

  /** A filter on a boolean attribute; values are converted as Neutron converts booleans. */
  NeutronListing<T> bool(String name, Function<T, Boolean> attribute) {
    return converted(
        name,
        value -> {
          Boolean b = NeutronInput.parseBoolean(value);
          if (b == null) {
            throw NeutronInput.invalid(name, "'" + value + "' cannot be converted to boolean");
          }
          return b;
        },
        attribute);
  }

  /** A filter on an integer attribute. */
  NeutronListing<T> integer(String name, Function<T, Integer> attribute) {
    return converted(
        name,
        value -> {
          try {
            return Integer.parseInt(value.trim());
          } catch (NumberFormatException e) {
            throw NeutronInput.invalid(name, "'" + value + "' is not an integer");
          }
        },
        attribute);
  }

  private <V> NeutronListing<T> converted(
      String name, Function<String, V> convert, Function<T, V> attribute) {
    return group(
        name,
        values -> {
          Set<V> wanted = new HashSet<>();
          values.forEach(v -> wanted.add(convert.apply(v)));
          return item -> wanted.contains(attribute.apply(item));
        });
  }

  /** A filter with its own matching of each raw query value (any value may match). */
  NeutronListing<T> custom(String name, Matcher<T> matcher) {
    return group(name, values -> item -> values.stream().anyMatch(v -> matcher.matches(item, v)));
  }

  /** A filter that reads all of its query values at once. */
  NeutronListing<T> group(String name, Function<List<String>, Predicate<T>> filter) {
    filters.put(name, filter);
    return this;
  }

  /** Marks filters that only admins may use (members' values are ignored, as hidden fields). */
  NeutronListing<T> adminOnly(String... names) {
    adminOnly.addAll(List.of(names));
    return this;
  }

  /**
   * Filters, pages and writes the listing.
   *
   * @param ctx the request
   * @param items what the caller may see, oldest first
   * @param admin whether the caller is an admin
   * @param view the JSON of one page's items, in order (one call, so views may batch lookups)
   */
  void respond(
      Context ctx, List<T> items, boolean admin, Function<List<T>, List<ObjectNode>> view) {
    List<T> matching = filter(ctx, items, admin);
    String marker = ctx.queryParam("marker");
    int limit = limit(ctx);
    if (marker != null && !marker.isEmpty()) {
      int at = -1;
      for (int i = 0; i < matching.size(); i++) {
        if (id.apply(matching.get(i)).equals(marker)) {
          at = i;
        }
      }
      if (at < 0) {
        throw new NetworkResourceNotFoundException(kind, marker);
      }
      matching = matching.subList(at + 1, matching.size());
    }
    boolean truncated = limit > 0 && matching.size() > limit;
    List<T> page = truncated ? matching.subList(0, limit) : matching;
    ObjectNode root = Json.object();
    ArrayNode out = root.putArray(collection);
    Set<String> fields = fields(ctx);
    view.apply(page).forEach(o -> out.add(project(o, fields)));
    if (truncated) {
      root.putArray(collection + "_links")
          .addObject()
          .put("rel", "next")
          .put("href", nextHref(ctx, limit, id.apply(page.getLast())));
    }
    Json.respond(ctx, 200, root);
  }

  private List<T> filter(Context ctx, List<T> items, boolean admin) {
    Predicate<T> all = item -> true;
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      Function<List<String>, Predicate<T>> filter = filters.get(param.getKey());
      if (filter != null && (admin || !adminOnly.contains(param.getKey()))) {
        all = all.and(filter.apply(param.getValue()));
      }
    }
    return items.stream().filter(all).toList();
  }

  private static int limit(Context ctx) {
    String v = ctx.queryParam("limit");
    if (v == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidRequestException(
        "Bad limit request: Limit must be an integer 0 or greater and not '" + v + "'.");
  }

  private static String nextHref(Context ctx, int limit, String lastId) {
    StringBuilder href = new StringBuilder(Links.base(ctx)).append(ctx.path()).append('?');
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      if (param.getKey().equals("limit") || param.getKey().equals("marker")) {
        continue;
      }
      for (String v : param.getValue()) {
        href.append(encode(param.getKey())).append('=').append(encode(v)).append('&');
      }
    }
    return href.append("limit=").append(limit).append("&marker=").append(lastId).toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * The attributes asked for with {@code fields=} (repeated or comma separated), or {@code null}
   * for all.
   */
  static Set<String> fields(Context ctx) {
    List<String> given = ctx.queryParams("fields");
    if (given.isEmpty()) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String g : given) {
      for (String f : g.split(",")) {
        if (!f.isBlank()) {
          out.add(f.trim());
        }
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** Keeps only the asked-for attributes of a view. */
  static ObjectNode project(ObjectNode view, Set<String> fields) {
    if (fields != null) {
      view.retain(fields);
    }
    return view;
  }
}
