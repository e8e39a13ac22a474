package dev.ferrum.ironic.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One injected misbehaviour, so tests can prove a caller survives the failures a real Ironic (or
 * the network in front of it) produces: error statuses, slow answers and dropped connections.
 *
 * <p>A rule matches a request by method ({@code *} for any) and path pattern: {@code {name}} and
 * {@code *} match one path segment, {@code **} matches anything, e.g. {@code /v1/nodes/{node}}.
 * Control API paths ({@code /_sim/...}) are never matched. When a rule matches it fires with {@link
 * #probability()}, at most {@link #times()} times (negative: unlimited); a firing rule first waits
 * {@link #latency()}, then drops the connection, answers {@link #status()} with an Ironic error
 * body, or (status 0, no drop) lets the request proceed normally.
 *
 * @param method HTTP method or {@code *}
 * @param pathPattern the path pattern
 * @param probability chance in [0, 1] that a matching request is affected
 * @param times how many times the rule may fire; negative for unlimited
 * @param status the status to answer, or 0 to answer normally
 * @param latency delay added before answering
 * @param drop whether to close the connection without an answer
 */
public record FaultRule(
    String method,
    String pathPattern,
    double probability,
    int times,
    int status,
    Duration latency,
    boolean drop) {

  /** Validates and normalises. */
  public FaultRule {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(pathPattern, "pathPattern");
    Objects.requireNonNull(latency, "latency");
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("probability must be within [0, 1]: " + probability);
    }
    if (status != 0 && (status < 100 || status > 599)) {
      throw new IllegalArgumentException("invalid status " + status);
    }
    if (latency.isNegative()) {
      throw new IllegalArgumentException("negative latency");
    }
  }

  /**
   * A rule answering an error status every time.
   *
   * @param method HTTP method or {@code *}
   * @param pathPattern the path pattern
   * @param status the status, e.g. 503
   * @return the rule
   */
  public static FaultRule status(String method, String pathPattern, int status) {
    return new FaultRule(method, pathPattern, 1.0, -1, status, Duration.ZERO, false);
  }

  /**
   * A rule delaying matching requests every time.
   *
   * @param method HTTP method or {@code *}
   * @param pathPattern the path pattern
   * @param latency the delay
   * @return the rule
   */
  public static FaultRule latency(String method, String pathPattern, Duration latency) {
    return new FaultRule(method, pathPattern, 1.0, -1, 0, latency, false);
  }

  /**
   * A rule dropping the connection of matching requests every time.
   *
   * @param method HTTP method or {@code *}
   * @param pathPattern the path pattern
   * @return the rule
   */
  public static FaultRule drop(String method, String pathPattern) {
    return new FaultRule(method, pathPattern, 1.0, -1, 0, Duration.ZERO, true);
  }

  /**
   * Returns a copy firing at most {@code n} times.
   *
   * @param n the count; negative for unlimited
   * @return the new rule
   */
  public FaultRule times(int n) {
    return new FaultRule(method, pathPattern, probability, n, status, latency, drop);
  }

  /**
   * Returns a copy firing with the given probability.
   *
   * @param p a probability in [0, 1]
   * @return the new rule
   */
  public FaultRule withProbability(double p) {
    return new FaultRule(method, pathPattern, p, times, status, latency, drop);
  }

  /**
   * Returns a copy that also waits before acting.
   *
   * @param delay the added latency
   * @return the new rule
   */
  public FaultRule withLatency(Duration delay) {
    return new FaultRule(method, pathPattern, probability, times, status, delay, drop);
  }
}
