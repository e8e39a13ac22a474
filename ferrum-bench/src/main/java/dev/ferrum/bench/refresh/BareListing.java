package dev.ferrum.bench.refresh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lower bound of a refresh: the same {@code GET /v1/nodes?fields=...} pages fetched with a bare
 * {@link HttpClient}, each body only tokenised (to count nodes and find the marker and the {@code
 * next} link), nothing mapped or kept.
 */
final class BareListing implements AutoCloseable {

  private static final JsonFactory JSON = new JsonFactory();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;
  private final String fields;
  private final String version;

  BareListing(URI base, List<String> fields, String version) {
    this.base = base;
    this.fields = String.join(",", fields);
    this.version = version;
  }

  /** Lists every node, page by page; returns how many nodes were seen. */
  int listAll() throws IOException, InterruptedException {
    int seen = 0;
    String marker = null;
    for (int pages = 0; pages < 100_000; pages++) {
      String q = "fields=" + URLEncoder.encode(fields, StandardCharsets.UTF_8);
      if (marker != null) {
        q += "&marker=" + marker;
      }
      HttpRequest req =
          HttpRequest.newBuilder(base.resolve("/v1/nodes?" + q))
              .header("X-OpenStack-Ironic-API-Version", version)
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      if (resp.statusCode() != 200) {
        throw new IOException("GET /v1/nodes answered " + resp.statusCode());
      }
      PageScan scan;
      try (InputStream in = resp.body()) {
        scan = scan(in);
      }
      seen += scan.nodes;
      if (!scan.hasNext || scan.nodes == 0) {
        return seen;
      }
      marker = scan.lastUuid;
    }
    throw new IOException("too many pages");
  }

  private static PageScan scan(InputStream in) throws IOException {
    PageScan s = new PageScan();
    try (JsonParser p = JSON.createParser(in)) {
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            String name = p.currentName();
            if (depth == 1 && "next".equals(name)) {
              p.nextToken();
              s.hasNext = p.currentToken() == JsonToken.VALUE_STRING && !p.getText().isBlank();
            } else if (depth == 3 && "uuid".equals(name)) {
              p.nextToken();
              s.lastUuid = p.getText();
              s.nodes++;
            }
          }
          default -> {}
        }
      }
    }
    return s;
  }

  private static final class PageScan {
    int nodes;
    boolean hasNext;
    String lastUuid;
  }

  @Override
  public void close() {
    http.close();
  }
}
