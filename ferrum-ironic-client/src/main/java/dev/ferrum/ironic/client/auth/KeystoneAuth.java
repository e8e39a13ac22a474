package dev.ferrum.ironic.client.auth;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link IronicAuth#keystone}: one cached token shared by all threads.
 *
 * <p>Readers take the cached token without locking while it is usable. Renewal happens under a
 * {@link ReentrantLock} (virtual threads park on it without pinning their carrier), and every
 * waiter re-checks the cache after acquiring it, so a crowd of callers causes one request to
 * Keystone, not one each. {@link #invalidate()} only drops the token the calling thread was handed:
 * when many requests fail with the same stale token, the first failure renews it and the later ones
 * reuse the renewal.
 */
final class KeystoneAuth implements IronicAuth {

  private static final Logger LOG = LoggerFactory.getLogger(KeystoneAuth.class);
  static final String SERVICE_TYPE = "baremetal";
  static final Duration RENEWAL_RETRY = Duration.ofSeconds(30);

  private final KeystoneCredentials credentials;
  private final KeystoneOptions options;
  private final KeystoneTokenClient client;
  private final ReentrantLock renewal = new ReentrantLock();
  private final ThreadLocal<Long> handedOut = new ThreadLocal<>();
  private volatile KeystoneToken current;
  private long generations;

  KeystoneAuth(KeystoneCredentials credentials, KeystoneOptions options) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.options = Objects.requireNonNull(options, "options");
    this.client = new KeystoneTokenClient(credentials, options);
  }

  @Override
  public Optional<URI> endpoint() {
    return Optional.of(
        token().catalog().find(SERVICE_TYPE, options.endpointInterface(), options.region()));
  }

  @Override
  public Map<String, String> requestHeaders() {
    KeystoneToken token = token();
    handedOut.set(token.generation());
    return Map.of("X-Auth-Token", token.value());
  }

  @Override
  public boolean invalidate() {
    Long seen = handedOut.get();
    handedOut.remove();
    renewal.lock();
    try {
      KeystoneToken token = current;
      if (token != null && (seen == null || seen == token.generation())) {
        LOG.debug("Dropping the Keystone token of {} after a 401", credentials.principal());
        current = null;
      }
      return true;
    } finally {
      renewal.unlock();
    }
  }

  @Override
  public String type() {
    return credentials.type();
  }

  /** The cached token if still usable, else a new one; one renewal at a time. */
  KeystoneToken token() {
    KeystoneToken token = current;
    if (token != null && token.usableAt(options.clock().instant())) {
      return token;
    }
    renewal.lock();
    try {
      token = current;
      if (token != null && token.usableAt(options.clock().instant())) {
        return token;
      }
      KeystoneToken renewed;
      try {
        renewed = renew();
      } catch (KeystoneUnavailableException e) {
        Instant now = options.clock().instant();
        if (token == null || !now.isBefore(token.expiresAt())) {
          throw e;
        }
        // Keystone is down but the token still works: keep it, and try again a little later
        // rather than making every request wait for Keystone's timeout.
        Instant retry = now.plus(RENEWAL_RETRY);
        renewed = token.renewingAt(retry.isBefore(token.expiresAt()) ? retry : token.expiresAt());
        LOG.warn(
            "Cannot renew the Keystone token of {}, using it until {} at the latest: {}",
            credentials.principal(),
            token.expiresAt(),
            e.getMessage());
      }
      current = renewed;
      return renewed;
    } finally {
      renewal.unlock();
    }
  }

  private KeystoneToken renew() {
    Instant requested = options.clock().instant();
    KeystoneTokenClient.Issued issued = client.issue();
    // Measure the lifetime on Keystone's clock and count it from our own, so clock skew
    // between the two hosts does not make the token look expired or everlasting.
    Instant serverIssued = issued.issuedAt().orElse(requested);
    Duration lifetime = Duration.between(serverIssued, issued.expiresAt());
    if (lifetime.isNegative()) {
      lifetime = Duration.ZERO;
    }
    Duration margin = options.renewalMargin();
    Duration half = lifetime.dividedBy(2);
    if (margin.compareTo(half) > 0) {
      margin = half;
    }
    Instant renewAt = requested.plus(lifetime).minus(margin);
    long generation = ++generations;
    LOG.debug(
        "Keystone issued a token for {} valid {}, renewing after {}",
        credentials.principal(),
        lifetime,
        renewAt);
    return new KeystoneToken(
        issued.value(), issued.expiresAt(), renewAt, issued.catalog(), generation);
  }

  @Override
  public String toString() {
    return "KeystoneAuth["
        + credentials.type()
        + ", "
        + credentials.principal()
        + ", authUrl="
        + credentials.authUrl()
        + "]";
  }
}
