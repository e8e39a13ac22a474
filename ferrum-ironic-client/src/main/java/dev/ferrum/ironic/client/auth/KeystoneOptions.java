package dev.ferrum.ironic.client.auth;

import dev.ferrum.ironic.client.config.TlsOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to talk to Keystone and which catalog endpoint to pick, apart from the credentials: kept
 * separate so the same credentials can be used from different networks (interface, region) and so
 * tests can move time forward.
 *
 * @param tls certificates for Keystone's HTTPS
 * @param endpointInterface which catalog interface of the {@code baremetal} service to use
 * @param region the catalog region; empty accepts the first endpoint in any region
 * @param connectTimeout TCP/TLS connect timeout to Keystone
 * @param requestTimeout time allowed for one token request
 * @param renewalMargin renew a token this long before it expires; capped at half the token's
 *     lifetime so short-lived tokens are still reused
 * @param clock the time source for expiry decisions
 */
public record KeystoneOptions(
    TlsOptions tls,
    EndpointInterface endpointInterface,
    Optional<String> region,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration renewalMargin,
    Clock clock) {

  /** Checks the values. */
  public KeystoneOptions {
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(endpointInterface, "endpointInterface");
    Objects.requireNonNull(region, "region");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    Objects.requireNonNull(renewalMargin, "renewalMargin");
    if (renewalMargin.isNegative()) {
      throw new IllegalArgumentException("renewalMargin must not be negative");
    }
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * System trust store, public interface, any region, 10 s connect and 30 s request timeouts,
   * renewal 5 minutes before expiry, the system clock.
   */
  public static KeystoneOptions defaults() {
    return new KeystoneOptions(
        TlsOptions.system(),
        EndpointInterface.PUBLIC,
        Optional.empty(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofMinutes(5),
        Clock.systemUTC());
  }

  /** A copy with other TLS options. */
  public KeystoneOptions withTls(TlsOptions tls) {
    return new KeystoneOptions(
        tls, endpointInterface, region, connectTimeout, requestTimeout, renewalMargin, clock);
  }

  /** A copy selecting another catalog interface. */
  public KeystoneOptions withEndpointInterface(EndpointInterface endpointInterface) {
    return new KeystoneOptions(
        tls, endpointInterface, region, connectTimeout, requestTimeout, renewalMargin, clock);
  }

  /** A copy selecting catalog endpoints of one region. */
  public KeystoneOptions withRegion(String region) {
    return new KeystoneOptions(
        tls,
        endpointInterface,
        Optional.of(region),
        connectTimeout,
        requestTimeout,
        renewalMargin,
        clock);
  }

  /** A copy with other timeouts. */
  public KeystoneOptions withTimeouts(Duration connectTimeout, Duration requestTimeout) {
    return new KeystoneOptions(
        tls, endpointInterface, region, connectTimeout, requestTimeout, renewalMargin, clock);
  }

  /** A copy renewing tokens this long before they expire. */
  public KeystoneOptions withRenewalMargin(Duration renewalMargin) {
    return new KeystoneOptions(
        tls, endpointInterface, region, connectTimeout, requestTimeout, renewalMargin, clock);
  }

  /** A copy using another clock, for tests. */
  public KeystoneOptions withClock(Clock clock) {
    return new KeystoneOptions(
        tls, endpointInterface, region, connectTimeout, requestTimeout, renewalMargin, clock);
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
