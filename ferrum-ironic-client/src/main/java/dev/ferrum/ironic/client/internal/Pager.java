package dev.ferrum.ironic.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.IronicTransportException;
import dev.ferrum.ironic.client.model.Page;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Pages through an Ironic collection with {@code limit} and {@code marker}.
 *
 * <p>Ironic's {@code next} link only tells whether another page exists: it drops most filters, so
 * the next request is the original query with {@code marker} set to the last item's uuid.
 *
 * <p>Reading every page ({@link #all}) overlaps work: a page's body is first only scanned for the
 * marker (a token pass, no objects built), the next page is requested at once, and the page is
 * bound to records on a virtual thread meanwhile. Binding thus hides behind the server's work on
 * the next page, which matters for the driver's 10,000-node cache refresh. Every page is bound and
 * every error surfaces before {@code all} returns.
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
    ApiResponse response = api.send(call);
    Scan scan = scan(response, call, key);
    return new Page<>(bind(response, call, key, type), nextMarker(scan, call));
  }

  /** Fetches every page, starting from the call's query, before returning. */
  public static <T> List<T> all(Api api, ApiCall first, String key, Class<T> type) {
    List<Future<List<T>>> pages = new ArrayList<>();
    try (ExecutorService binders = Executors.newVirtualThreadPerTaskExecutor()) {
      ApiCall call = first;
      String previousMarker = null;
      for (int count = 0; count < MAX_PAGES; count++) {
        ApiResponse response = api.send(call);
        Scan scan = scan(response, call, key);
        ApiCall pageCall = call;
        pages.add(binders.submit(() -> bind(response, pageCall, key, type)));
        Optional<String> marker = nextMarker(scan, call);
        if (marker.isEmpty()) {
          return collect(pages);
        }
        if (Objects.equals(marker.get(), previousMarker)) {
          throw new IronicTransportException(
              "paging does not advance (marker " + marker.get() + " repeated)",
              200,
              call.method(),
              call.target(),
              null);
        }
        previousMarker = marker.get();
        call = call.withQuery(call.query().with("marker", previousMarker));
      }
      throw new IronicTransportException(
          "more than " + MAX_PAGES + " pages", 200, first.method(), first.target(), null);
    }
  }

  private static <T> List<T> collect(List<Future<List<T>>> pages) {
    List<T> all = new ArrayList<>();
    for (Future<List<T>> page : pages) {
      try {
        all.addAll(page.get());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IronicException ironic) {
          throw ironic;
        }
        throw new IllegalStateException("binding a page failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IronicTransportException("interrupted while binding pages", 0, "GET", "", e);
      }
    }
    return all;
  }

  /**
   * What the token pass learns of a page.
   *
   * @param items how many items the collection holds
   * @param lastUuid the last item's uuid, or {@code null}
   * @param next the {@code next} link, or {@code null}
   */
  private record Scan(int items, String lastUuid, String next) {}

  private static Scan scan(ApiResponse response, ApiCall call, String key) {
    try (JsonParser p = Json.MAPPER.createParser(response.bytes())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw notJson(response, call, "answer is not a JSON object", null);
      }
      int items = -1;
      String lastUuid = null;
      String next = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals(key) && value == JsonToken.START_ARRAY) {
          items = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items++;
            lastUuid = p.currentToken() == JsonToken.START_OBJECT ? uuidOf(p) : skip(p);
          }
        } else if (field.equals("next") && value == JsonToken.VALUE_STRING) {
          next = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (items < 0) {
        throw new IronicTransportException(
            "answer has no '" + key + "' list", 200, call.method(), call.target(), null);
      }
      return new Scan(items, lastUuid, next);
    } catch (IOException e) {
      throw notJson(response, call, "answer is not JSON", e);
    }
  }

  /** Reads an item object up to its end, returning its top-level {@code uuid}. */
  private static String uuidOf(JsonParser p) throws IOException {
    String uuid = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("uuid") && value == JsonToken.VALUE_STRING) {
        uuid = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return uuid;
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static <T> List<T> bind(ApiResponse response, ApiCall call, String key, Class<T> type) {
    JavaType itemType = Json.MAPPER.constructType(type);
    ObjectReader reader = Json.MAPPER.readerFor(itemType);
    try (JsonParser p = Json.MAPPER.createParser(response.bytes())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (p.nextToken() == JsonToken.START_ARRAY && field.equals(key)) {
          List<T> out = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(reader.readValue(p));
          }
          return out;
        }
        p.skipChildren();
      }
      return List.of();
    } catch (IOException | IllegalArgumentException e) {
      String detail =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException j
              ? j.getOriginalMessage()
              : e.getMessage();
      throw new IronicTransportException(
          "unexpected answer: " + detail, response.status(), call.method(), call.target(), e);
    }
  }

  private static Optional<String> nextMarker(Scan scan, ApiCall call) {
    boolean more = scan.next() != null && !scan.next().isBlank() && scan.items() > 0;
    if (!more) {
      return Optional.empty();
    }
    String marker = scan.lastUuid();
    if (marker == null || marker.isBlank()) {
      marker = markerOf(scan.next()).orElse(null);
    }
    if (marker == null) {
      throw new IronicTransportException(
          "cannot continue paging: no uuid in the last item and no marker in the next link",
          200,
          call.method(),
          call.target(),
          null);
    }
    return Optional.of(marker);
  }

  private static IronicTransportException notJson(
      ApiResponse response, ApiCall call, String what, Exception cause) {
    return new IronicTransportException(
        what, response.status(), call.method(), call.target(), cause);
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
