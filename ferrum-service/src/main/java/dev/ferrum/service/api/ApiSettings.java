package dev.ferrum.service.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The REST API's limits against clients that hold resources without using them: slow request
 * headers, many connections from one address, and bursts of key-pair generation (an RSA key costs a
 * noticeable slice of a CPU, so unbounded generation starves every other request). They are
 * settings rather than constants because operators size them to their clients (behind a TLS proxy
 * every client has the proxy's address) and tests shrink them.
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
 */
public record ApiSettings(
    Duration requestHeaderTimeout,
    int maxConnectionsPerClient,
    int keyPairGenerationConcurrency,
    Duration keyPairGenerationWait) {

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
     * Builds the settings.
     *
     * @return the settings
     */
    public ApiSettings build() {
      return new ApiSettings(
          requestHeaderTimeout,
          maxConnectionsPerClient,
          keyPairGenerationConcurrency,
          keyPairGenerationWait);
    }
  }
}
