package dev.ferrum.service.compute;

import java.time.Duration;
import java.util.Objects;

/**
 * The compute manager's tunables. They are settings rather than constants because operators size
 * them to their Ironic (a large fleet needs a slower node refresh) and tests shrink them to
 * milliseconds.
 *
 * @param maxBuildAttempts how many nodes a build may try when reservations conflict (Nova's {@code
 *     max_attempts}, default 3)
 * @param nodeRefreshInterval how often the node cache and inventory are refreshed
 * @param powerSyncInterval how often power states are synchronised from Ironic
 * @param vanishedNodeInterval how often servers whose node disappeared are looked for
 * @param heartbeatInterval how often this service reports itself alive
 * @param softPowerOffTimeout how long a soft power off may take before a hard one
 * @param buildResumeTimeout how long a build resumed after a restart may still wait for its node
 * @param resumePollInterval how often a resumed build polls its node
 * @param defaultNetwork the network (name or id) a server gets when it asks for none in particular,
 *     or {@code null} to use the one network the project can see, as Nova does
 */
public record ComputeSettings(
    int maxBuildAttempts,
    Duration nodeRefreshInterval,
    Duration powerSyncInterval,
    Duration vanishedNodeInterval,
    Duration heartbeatInterval,
    Duration softPowerOffTimeout,
    Duration buildResumeTimeout,
    Duration resumePollInterval,
    String defaultNetwork) {

  /** Validates the values. */
  public ComputeSettings {
    if (maxBuildAttempts < 1) {
      throw new IllegalArgumentException("maxBuildAttempts must be >= 1");
    }
    positive(nodeRefreshInterval, "nodeRefreshInterval");
    positive(powerSyncInterval, "powerSyncInterval");
    positive(vanishedNodeInterval, "vanishedNodeInterval");
    positive(heartbeatInterval, "heartbeatInterval");
    positive(softPowerOffTimeout, "softPowerOffTimeout");
    positive(buildResumeTimeout, "buildResumeTimeout");
    positive(resumePollInterval, "resumePollInterval");
  }

  /**
   * Nova-like defaults: 3 attempts, node refresh every minute, power sync every 10 minutes (Nova's
   * {@code update_resources_interval}/{@code sync_power_state_interval}), vanished nodes every
   * minute, heartbeat every 10 s, soft power off 60 s.
   *
   * @return the defaults
   */
  public static ComputeSettings defaults() {
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

  /**
   * These settings with another default network.
   *
   * @param network a network name or id
   * @return the changed copy
   */
  public ComputeSettings withDefaultNetwork(String network) {
    return new ComputeSettings(
        maxBuildAttempts,
        nodeRefreshInterval,
        powerSyncInterval,
        vanishedNodeInterval,
        heartbeatInterval,
        softPowerOffTimeout,
        buildResumeTimeout,
        resumePollInterval,
        network);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, was " + d);
    }
  }

  /** Builds {@link ComputeSettings}; setters return the builder. */
  public static final class Builder {
    private int maxBuildAttempts = 3;
    private Duration nodeRefreshInterval = Duration.ofSeconds(60);
    private Duration powerSyncInterval = Duration.ofSeconds(600);
    private Duration vanishedNodeInterval = Duration.ofSeconds(60);
    private Duration heartbeatInterval = Duration.ofSeconds(10);
    private Duration softPowerOffTimeout = Duration.ofSeconds(60);
    private Duration buildResumeTimeout = Duration.ofMinutes(30);
    private Duration resumePollInterval = Duration.ofSeconds(2);
    private String defaultNetwork;

    private Builder() {}

    /**
     * Sets the default network.
     *
     * @param v a network name or id, or {@code null}
     * @return this builder
     */
    public Builder defaultNetwork(String v) {
      defaultNetwork = v == null || v.isBlank() ? null : v;
      return this;
    }

    /**
     * Sets the build attempts.
     *
     * @param v at least 1
     * @return this builder
     */
    public Builder maxBuildAttempts(int v) {
      maxBuildAttempts = v;
      return this;
    }

    /**
     * Sets the node refresh interval.
     *
     * @param v the interval
     * @return this builder
     */
    public Builder nodeRefreshInterval(Duration v) {
      nodeRefreshInterval = v;
      return this;
    }

    /**
     * Sets the power sync interval.
     *
     * @param v the interval
     * @return this builder
     */
    public Builder powerSyncInterval(Duration v) {
      powerSyncInterval = v;
      return this;
    }

    /**
     * Sets the vanished-node check interval.
     *
     * @param v the interval
     * @return this builder
     */
    public Builder vanishedNodeInterval(Duration v) {
      vanishedNodeInterval = v;
      return this;
    }

    /**
     * Sets the heartbeat interval.
     *
     * @param v the interval
     * @return this builder
     */
    public Builder heartbeatInterval(Duration v) {
      heartbeatInterval = v;
      return this;
    }

    /**
     * Sets the soft power-off timeout.
     *
     * @param v the timeout
     * @return this builder
     */
    public Builder softPowerOffTimeout(Duration v) {
      softPowerOffTimeout = v;
      return this;
    }

    /**
     * Sets how long a resumed build may wait.
     *
     * @param v the timeout
     * @return this builder
     */
    public Builder buildResumeTimeout(Duration v) {
      buildResumeTimeout = v;
      return this;
    }

    /**
     * Sets how often a resumed build polls.
     *
     * @param v the interval
     * @return this builder
     */
    public Builder resumePollInterval(Duration v) {
      resumePollInterval = v;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public ComputeSettings build() {
      return new ComputeSettings(
          maxBuildAttempts,
          nodeRefreshInterval,
          powerSyncInterval,
          vanishedNodeInterval,
          heartbeatInterval,
          softPowerOffTimeout,
          buildResumeTimeout,
          resumePollInterval,
          defaultNetwork);
    }
  }
}
