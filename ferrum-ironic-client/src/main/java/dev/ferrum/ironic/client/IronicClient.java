package dev.ferrum.ironic.client;

import dev.ferrum.ironic.client.auth.IronicAuth;
import dev.ferrum.ironic.client.config.TlsOptions;
import dev.ferrum.ironic.client.internal.Api;
import dev.ferrum.ironic.client.internal.NodesImpl;
import dev.ferrum.ironic.client.internal.PortGroupsImpl;
import dev.ferrum.ironic.client.internal.PortsImpl;
import dev.ferrum.ironic.client.internal.Transport;
import dev.ferrum.ironic.client.internal.VersionNegotiator;
import dev.ferrum.ironic.client.internal.VolumeConnectorsImpl;
import dev.ferrum.ironic.client.internal.VolumeTargetsImpl;
import dev.ferrum.ironic.client.model.ApiVersion;
import dev.ferrum.ironic.client.model.Microversion;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * A typed client for one Ironic Bare Metal API v1 endpoint.
 *
 * <p>Exists so the rest of Ferrum never deals with HTTP, microversion headers, Ironic's error
 * bodies, paging quirks or retry timing. Immutable and thread-safe: build one per endpoint and
 * share it across (virtual) threads. Calls block; each resource group ({@link #nodes()}, {@link
 * #ports()}...) documents its requests.
 *
 * <p>Microversions: on first use the client reads the server's range from its root document and
 * caches it; every request then sends {@code min(server max, }{@link #LATEST_KNOWN}{@code ,
 * configured cap)} in both {@code X-OpenStack-Ironic-API-Version} and {@code OpenStack-API-Version:
 * baremetal}. An operation needing more throws {@link IronicVersionNotSupportedException} without
 * sending.
 *
 * <pre>{@code
 * try (IronicClient ironic = IronicClient.builder()
 *     .endpoint(URI.create("http://127.0.0.1:6385"))
 *     .build()) {
 *   Node node = ironic.nodes().get("node-1");
 * }
 * }</pre>
 */
public final class IronicClient implements AutoCloseable {

  /** The newest microversion whose semantics this client models (1.87: service verb and states). */
  public static final Microversion LATEST_KNOWN = Microversion.of(87);

  private final URI endpoint;
  private final HttpClient http;
  private final boolean ownsHttp;
  private final Api api;
  private final Nodes nodes;
  private final Ports ports;
  private final PortGroups portGroups;
  private final VolumeConnectors volumeConnectors;
  private final VolumeTargets volumeTargets;

  private IronicClient(Builder b, URI endpoint) {
    this.endpoint = endpoint;
    this.ownsHttp = b.httpClient == null;
    this.http = ownsHttp ? newHttpClient(b, endpoint) : b.httpClient;
    Transport transport =
        new Transport(http, endpoint, b.auth, b.retryPolicy, b.sleeper, b.requestTimeout);
    Microversion clientMax =
        b.maxMicroversion == null
            ? LATEST_KNOWN
            : Microversion.min(LATEST_KNOWN, b.maxMicroversion);
    this.api = new Api(transport, new VersionNegotiator(transport, clientMax));
    this.nodes = new NodesImpl(api);
    this.ports = new PortsImpl(api);
    this.portGroups = new PortGroupsImpl(api);
    this.volumeConnectors = new VolumeConnectorsImpl(api);
    this.volumeTargets = new VolumeTargetsImpl(api);
  }

  private static HttpClient newHttpClient(Builder b, URI endpoint) {
    HttpClient.Builder hb =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(b.connectTimeout);
    if ("https".equalsIgnoreCase(endpoint.getScheme())) {
      hb.sslContext(b.tls.sslContext());
    }
    return hb.build();
  }

  /** A builder with the defaults documented on its setters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Nodes: get, list, create, patch, provision, power, VIFs, console, maintenance, traits. */
  public Nodes nodes() {
    return nodes;
  }

  /** Ports. */
  public Ports ports() {
    return ports;
  }

  /** Port groups (1.23). */
  public PortGroups portGroups() {
    return portGroups;
  }

  /** Volume connectors (1.32). */
  public VolumeConnectors volumeConnectors() {
    return volumeConnectors;
  }

  /** Volume targets (1.32). */
  public VolumeTargets volumeTargets() {
    return volumeTargets;
  }

  /** The server's microversion range, discovered with {@code GET /} on first use and cached. */
  public ApiVersion version() {
    return api.versions().serverVersion();
  }

  /** The microversion this client sends to this server. */
  public Microversion microversion() {
    return api.versions().negotiated();
  }

  /** The endpoint, without {@code /v1}. */
  public URI endpoint() {
    return endpoint;
  }

  /** Releases the HTTP client if this client created it; an injected one is left alone. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.close();
    }
  }

  /** Collects the client's configuration; not thread-safe. */
  public static final class Builder {
    private URI endpoint;
    private IronicAuth auth = IronicAuth.none();
    private TlsOptions tls = TlsOptions.system();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Microversion maxMicroversion;
    private Sleeper sleeper = Sleeper.system();
    private HttpClient httpClient;

    private Builder() {}

    /**
     * The endpoint, e.g. {@code http://127.0.0.1:6385}, with or without {@code /v1}. Wins over
     * {@link IronicAuth#endpoint()}; required unless the auth provides one.
     */
    public Builder endpoint(URI v) {
      endpoint = Objects.requireNonNull(v, "endpoint");
      return this;
    }

    /** How to authenticate (default {@link IronicAuth#none()}). */
    public Builder auth(IronicAuth v) {
      auth = Objects.requireNonNull(v, "auth");
      return this;
    }

    /** TLS settings for {@code https} endpoints (default {@link TlsOptions#system()}). */
    public Builder tls(TlsOptions v) {
      tls = Objects.requireNonNull(v, "tls");
      return this;
    }

    /** Timeout for opening a connection (default 10 s). */
    public Builder connectTimeout(Duration v) {
      connectTimeout = positive(v, "connectTimeout");
      return this;
    }

    /**
     * Timeout for one request until its answer headers arrive (default 60 s; Ironic itself waits
     * about 2 s on a locked node before answering 409).
     */
    public Builder requestTimeout(Duration v) {
      requestTimeout = positive(v, "requestTimeout");
      return this;
    }

    /** Retries of NodeLocked, 503 and failed GETs (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy v) {
      retryPolicy = Objects.requireNonNull(v, "retryPolicy");
      return this;
    }

    /** Caps the microversion sent, e.g. to mimic an older client (default: no cap). */
    public Builder maxMicroversion(Microversion v) {
      maxMicroversion = Objects.requireNonNull(v, "maxMicroversion");
      return this;
    }

    /** How to wait between retries (default real sleeping); tests inject a recorder. */
    public Builder sleeper(Sleeper v) {
      sleeper = Objects.requireNonNull(v, "sleeper");
      return this;
    }

    /**
     * Uses this JDK client instead of creating one; {@link #tls} and {@link #connectTimeout} are
     * then ignored, and {@link IronicClient#close()} leaves it open.
     */
    public Builder httpClient(HttpClient v) {
      httpClient = Objects.requireNonNull(v, "httpClient");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if no endpoint was set and the auth has none
     * @throws IllegalArgumentException if the endpoint is not an absolute http(s) URI
     */
    public IronicClient build() {
      URI raw =
          endpoint != null
              ? endpoint
              : auth.endpoint()
                  .orElseThrow(() ->
                      new IllegalStateException(
                          "no Ironic endpoint: set one or use an auth with a catalog"));
      return new IronicClient(this, normalise(raw));
    }

    static URI normalise(URI raw) {
      String scheme = raw.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || raw.getHost() == null) {
        throw new IllegalArgumentException("the Ironic endpoint must be an http(s) URL: " + raw);
      }
      if (raw.getRawQuery() != null || raw.getRawFragment() != null) {
        throw new IllegalArgumentException("the Ironic endpoint must not have a query: " + raw);
      }
      String s = raw.toString();
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.endsWith("/v1")) {
        s = s.substring(0, s.length() - 3);
      }
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      return URI.create(s);
    }

    private static Duration positive(Duration v, String name) {
      Objects.requireNonNull(v, name);
      if (v.isNegative() || v.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + v);
      }
      return v;
    }
  }
}
