package dev.ferrum.conformance;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.RetryPolicy;
import dev.ferrum.ironic.client.auth.IronicAuth;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;

/**
 * The Ironic endpoint the suite runs against in this JVM (see {@link TargetKind}): its base URI,
 * credentials, capabilities and a shared {@link IronicClient}. Injected into test methods by {@link
 * IronicTargetExtension}; the extension owns its life cycle (starting and stopping the simulator or
 * the real Ironic), tests only use it.
 */
final class IronicTarget {
  private final TargetKind kind;
  private final URI baseUri;
  private final String user;
  private final String password;
  private final IronicClient client;
  private final RawHttp raw;
  private final Supplier<IronicTarget> slow;

  IronicTarget(
      TargetKind kind, URI baseUri, String user, String password, Supplier<IronicTarget> slow) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
    this.user = user;
    this.password = password;
    this.slow = slow;
    this.client = newClient(UnaryOperator.identity());
    this.raw = new RawHttp(baseUri, user, password);
  }

  /** Which target this is. */
  TargetKind kind() {
    return kind;
  }

  /** The API base, without {@code /v1}. */
  URI baseUri() {
    return baseUri;
  }

  /** The http_basic user, if the target needs credentials. */
  Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /** Whether requests need credentials (http_basic). */
  boolean authenticated() {
    return user != null;
  }

  /** The shared client (default retry policy, newest common microversion). */
  IronicClient client() {
    return client;
  }

  /** Plain HTTP for what the client hides; see {@link RawHttp}. */
  RawHttp raw() {
    return raw;
  }

  /** The auth the clients of this target use. */
  IronicAuth auth() {
    return user == null ? IronicAuth.none() : IronicAuth.httpBasic(user, password);
  }

  /**
   * A new client for this target, customised (e.g. a microversion cap or no retries); the caller
   * closes it.
   */
  IronicClient newClient(UnaryOperator<IronicClient.Builder> customiser) {
    return customiser
        .apply(IronicClient.builder().endpoint(baseUri).auth(auth()).retryPolicy(quickRetries()))
        .build();
  }

  /** Whether the target can do this. */
  boolean has(Capability capability) {
    return kind.capabilities().contains(capability);
  }

  /** Skips the calling test, with the documented reason, if the target lacks the capability. */
  void assume(Capability capability) {
    Assumptions.assumeTrue(
        has(capability),
        () -> "skipped on " + kind.id() + ": " + capability + ": " + capability.missingReason());
  }

  /**
   * A sibling of this target (same kind and auth) whose power actions take about four seconds, so a
   * node stays locked long enough to observe NodeLocked (409). Started on first use, stopped with
   * this target. Skips the calling test if no such sibling can exist (an external Ironic).
   */
  IronicTarget slow() {
    if (slow == null) {
      throw new IllegalStateException("the slow sibling has no slow sibling");
    }
    return slow.get();
  }

  private static RetryPolicy quickRetries() {
    return RetryPolicy.builder()
        .maxAttempts(5)
        .initialDelay(Duration.ofMillis(200))
        .maxDelay(Duration.ofSeconds(2))
        .build();
  }

  void close() {
    client.close();
  }
}
