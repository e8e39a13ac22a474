package dev.ferrum.ironic.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.ironic.client.IronicTransportException;
import dev.ferrum.ironic.client.model.Page;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pages through an Ironic collection with {@code limit} and {@code marker}.
 *
 * <p>Ironic's {@code next} link only tells whether another page exists: it drops most filters, so
 * the next request is the original query with {@code marker} set to the last item's uuid.
 */
public final class Pager {

  /** Guard against a server that never stops paging (10 million items at 100 per page). */
  static final int MAX_PAGES = 100_000;

  private Pager() {}

  /**
   * Fetches one page.
   *
   * @param api the API
   * @param call the call, its query already holding filters, limit and marker
   * @param key the collection's key in the answer, e.g. {@code nodes}
   * @param type the item type
   */
  public static <T> Page<T> page(Api api, ApiCall call, String key, Class<T> type) {
    JsonNode doc = api.readTree(call);
    JsonNode items = doc.path(key);
    if (!items.isArray()) {
      throw new IronicTransportException(
          "answer has no '" + key + "' list", 200, call.method(), call.target(), null);
    }
    JavaType jt = Json.MAPPER.constructType(type);
    List<T> out = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      out.add(Api.convert(item, jt, call, 200));
    }
    JsonNode next = doc.path("next");
    boolean more = next.isTextual() && !next.asText().isBlank() && !items.isEmpty();
    if (!more) {
      return new Page<>(out, Optional.empty());
    }
    String marker = items.get(items.size() - 1).path("uuid").asText(null);
    if (marker == null || marker.isBlank()) {
      marker = markerOf(next.asText()).orElse(null);
    }
    if (marker == null) {
      throw new IronicTransportException(
          "cannot continue paging: no uuid in the last item and no marker in the next link",
          200,
          call.method(),
          call.target(),
          null);
    }
    return new Page<>(out, Optional.of(marker));
  }

  /** Fetches every page, starting from the call's query, before returning. */
  public static <T> List<T> all(Api api, ApiCall first, String key, Class<T> type) {
    List<T> all = new ArrayList<>();
    ApiCall call = first;
    String previousMarker = null;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      Page<T> page = page(api, call, key, type);
      all.addAll(page.items());
      if (page.nextMarker().isEmpty()) {
        return all;
      }
      String marker = page.nextMarker().get();
      if (Objects.equals(marker, previousMarker)) {
        throw new IronicTransportException(
            "paging does not advance (marker " + marker + " repeated)",
            200,
            call.method(),
            call.target(),
            null);
      }
      previousMarker = marker;
      call = call.withQuery(call.query().with("marker", marker));
    }
    throw new IronicTransportException(
        "more than " + MAX_PAGES + " pages", 200, first.method(), first.target(), null);
  }

  private static Optional<String> markerOf(String nextLink) {
    String q;
    try {
      q = URI.create(nextLink).getRawQuery();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (q == null) {
      return Optional.empty();
    }
    for (String part : q.split("&")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).equals("marker")) {
        return Optional.of(URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }
}
