package dev.ferrum.service.api;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The REST API's limits against clients that hold resources without using them: slow request
 * headers, many connections from one address, and bursts of key-pair generation (an RSA key costs a
 * noticeable slice of a CPU, so unbounded generation starves every other request). They are
 * settings rather than constants because operators size them to their clients (behind a TLS proxy
 * every client has the proxy's address) and tests shrink them. Also the public address the API's
 * links name.
 *
 * @param requestHeaderTimeout how long a client may take to send a request's line and headers,
 *     counted from the connection's opening or the end of its previous response; a client still
 *     sending headers then is disconnected (default 30 s)
 * @param maxConnectionsPerClient how many connections one client address may hold open at once; a
 *     further connection is closed as soon as it is accepted (default 256)
 * @param keyPairGenerationConcurrency how many key pairs are generated at once, on their own
 *     threads so that request threads stay free (default 2)
 * @param keyPairGenerationWait how long a generation request may wait for its turn before it is
 *     answered 503 (default 10 s)
 * @param publicEndpoint the base URL of every link, version document and {@code Location} header
 *     (e.g. {@code https://cloud.example:8774}, a path prefix allowed; no trailing slash), or
 *     {@code null} to build them from the request's own scheme and {@code Host} header (the
 *     default)
 */
public record ApiSettings(
    Duration requestHeaderTimeout,
    int maxConnectionsPerClient,
    int keyPairGenerationConcurrency,
    Duration keyPairGenerationWait,
    URI publicEndpoint) {

  /** Validates the values. */
  public ApiSettings {
    positive(requestHeaderTimeout, "requestHeaderTimeout");
    if (maxConnectionsPerClient < 1) {
      throw new IllegalArgumentException("maxConnectionsPerClient must be >= 1");
    }
    if (keyPairGenerationConcurrency < 1) {
      throw new IllegalArgumentException("keyPairGenerationConcurrency must be >= 1");
    }
    Objects.requireNonNull(keyPairGenerationWait, "keyPairGenerationWait");
    if (keyPairGenerationWait.isNegative()) {
      throw new IllegalArgumentException("keyPairGenerationWait must be >= 0");
    }
    if (publicEndpoint != null) {
      publicEndpoint = publicEndpoint(publicEndpoint);
    }
  }

  /** An absolute http(s) URL without user info, query or fragment; trailing slashes dropped. */
  private static URI publicEndpoint(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "publicEndpoint must be an http or https URL without user info, query or fragment, not "
              + uri);
    }
    return URI.create(uri.toString().replaceAll("/+$", ""));
  }

  /**
   * The defaults: 30 s for headers, 256 connections per client address, 2 key generations at once
   * with a 10 s wait.
   *
   * @return the defaults
   */
  public static ApiSettings defaults() {
    return builder().build();
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, was " + d);
    }
  }

  /** Builds {@link ApiSettings}; setters return the builder. */
  public static final class Builder {
    private Duration requestHeaderTimeout = Duration.ofSeconds(30);
    private int maxConnectionsPerClient = 256;
    private int keyPairGenerationConcurrency = 2;
    private Duration keyPairGenerationWait = Duration.ofSeconds(10);
    private URI publicEndpoint;

    private Builder() {}

    /**
     * Sets the deadline for a request's headers.
     *
     * @param v more than zero
     * @return this builder
     */
    public Builder requestHeaderTimeout(Duration v) {
      requestHeaderTimeout = v;
      return this;
    }

    /**
     * Sets the open connections allowed per client address.
     *
     * @param v at least 1
     * @return this builder
     */
    public Builder maxConnectionsPerClient(int v) {
      maxConnectionsPerClient = v;
      return this;
    }

    /**
     * Sets how many key pairs may be generated at once.
     *
     * @param v at least 1
     * @return this builder
     */
    public Builder keyPairGenerationConcurrency(int v) {
      keyPairGenerationConcurrency = v;
      return this;
    }

    /**
     * Sets how long a key-pair generation may wait for its turn.
     *
     * @param v zero or more
     * @return this builder
     */
    public Builder keyPairGenerationWait(Duration v) {
      keyPairGenerationWait = v;
      return this;
    }

    /**
     * Sets the base URL of links instead of the request's {@code Host} header.
     *
     * @param v an http(s) URL, or {@code null} for the request's own
     * @return this builder
     */
    public Builder publicEndpoint(URI v) {
      publicEndpoint = v;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public ApiSettings build() {
      return new ApiSettings(
          requestHeaderTimeout,
          maxConnectionsPerClient,
          keyPairGenerationConcurrency,
          keyPairGenerationWait,
          publicEndpoint);
    }
  }
}
