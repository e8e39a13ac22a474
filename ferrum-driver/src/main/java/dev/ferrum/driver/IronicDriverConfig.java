package dev.ferrum.driver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The driver's configuration, named after nova.conf's {@code [ironic]} options so operators find
 * what they know.
 *
 * <p>Exists as one immutable value, validated once, so every component reads the same settings.
 * Defaults (see {@link Builder}) are Nova's, plus Ferrum's own options:
 *
 * <ul>
 *   <li>{@code api_retry_interval} 2 s: the {@link dev.ferrum.driver.watch.NodeWatcher} poll
 *       interval for deploy, rebuild, power, rescue and unprovision waits.
 *   <li>{@code api_max_retries} 60: the unprovision wait gives up after R+2 polls.
 *   <li>{@code serial_console_state_timeout} 10 s, {@code vnc_console_state_timeout} 60 s.
 *   <li>{@code conductor_group} (deprecated name {@code partition_key}), {@code shard}, {@code
 *       peer_list}: node ownership.
 *   <li>Ferrum: {@code deploy_timeout} (default none, like Nova: Ironic's own deploy timeouts
 *       apply), {@code power_timeout} (default 15 min, longer than Ironic's 10 min soft power-off
 *       default), {@code rescue_timeout} (default none), {@code watch_list_threshold} (8: above
 *       this many watched nodes the watcher lists instead of GETting each), {@code
 *       configdrive_json} (false: send Nova's gzip+base64 ISO string), {@code
 *       full_refresh_interval} (0: every node cache refresh lists every node, as Nova; above 0
 *       refreshes in between read only the nodes changed since the last one, see {@link
 *       dev.ferrum.driver.cache.RefreshPolicy}).
 * </ul>
 *
 * @param host this compute service's host name ({@code [DEFAULT]host})
 * @param apiRetryInterval poll interval of every wait
 * @param apiMaxRetries bound of the unprovision wait (R+2 polls)
 * @param serialConsoleStateTimeout budget of each serial console mode wait ({@code 0}: none)
 * @param vncConsoleStateTimeout budget of the VNC console enable wait ({@code 0}: none)
 * @param conductorGroup the conductor group to manage; empty string is Ironic's default group
 * @param shard the Ironic shard to manage
 * @param peerList compute hosts sharing the conductor group (deprecated in Nova)
 * @param defaultEphemeralFormat {@code [DEFAULT]default_ephemeral_format}
 * @param forceConfigDrive {@code [DEFAULT]force_config_drive}
 * @param configDriveJson send the config drive as Ironic's JSON object when the API has 1.56
 * @param deployTimeout bound of the deploy/rebuild wait ({@code 0}: none)
 * @param powerTimeout bound of power waits ({@code 0}: none)
 * @param rescueTimeout bound of rescue/unrescue waits ({@code 0}: none)
 * @param watchListThreshold watched-node count above which the watcher lists nodes
 * @param skipReserveInUseNodes {@code [workarounds]skip_reserve_in_use_ironic_nodes}
 * @param fullRefreshInterval time between full node cache refreshes ({@code 0}: every one)
 */
public record IronicDriverConfig(
    String host,
    Duration apiRetryInterval,
    int apiMaxRetries,
    Duration serialConsoleStateTimeout,
    Duration vncConsoleStateTimeout,
    Optional<String> conductorGroup,
    Optional<String> shard,
    List<String> peerList,
    Optional<String> defaultEphemeralFormat,
    boolean forceConfigDrive,
    boolean configDriveJson,
    Duration deployTimeout,
    Duration powerTimeout,
    Duration rescueTimeout,
    int watchListThreshold,
    boolean skipReserveInUseNodes,
    Duration fullRefreshInterval) {

  private static final Pattern GROUP = Pattern.compile("^[a-zA-Z0-9_.-]*$");
  private static final Pattern SHARD = Pattern.compile("^[a-zA-Z0-9_.-]+$");

  /** Validates the values. */
  public IronicDriverConfig {
    Objects.requireNonNull(host, "host");
    nonNegative(apiRetryInterval, "api_retry_interval");
    if (apiMaxRetries < 0) {
      throw new IllegalArgumentException("api_max_retries must be >= 0");
    }
    nonNegative(serialConsoleStateTimeout, "serial_console_state_timeout");
    nonNegative(vncConsoleStateTimeout, "vnc_console_state_timeout");
    Objects.requireNonNull(conductorGroup, "conductorGroup");
    conductorGroup.ifPresent(g -> check(GROUP, g, "conductor_group"));
    Objects.requireNonNull(shard, "shard");
    shard.ifPresent(s -> check(SHARD, s, "shard"));
    peerList = List.copyOf(Objects.requireNonNull(peerList, "peerList"));
    Objects.requireNonNull(defaultEphemeralFormat, "defaultEphemeralFormat");
    nonNegative(deployTimeout, "deploy_timeout");
    nonNegative(powerTimeout, "power_timeout");
    nonNegative(rescueTimeout, "rescue_timeout");
    if (watchListThreshold < 1) {
      throw new IllegalArgumentException("watch_list_threshold must be >= 1");
    }
    nonNegative(fullRefreshInterval, "full_refresh_interval");
  }

  /** A builder with the documented defaults and this host. */
  public static Builder builder(String host) {
    return new Builder(host);
  }

  /** Nova's defaults for this host. */
  public static IronicDriverConfig defaults(String host) {
    return builder(host).build();
  }

  /** The node-ownership part of this configuration. */
  public dev.ferrum.driver.ring.RingSettings ringSettings() {
    return new dev.ferrum.driver.ring.RingSettings(host, shard, conductorGroup, peerList);
  }

  /** The node cache refresh part of this configuration. */
  public dev.ferrum.driver.cache.RefreshPolicy refreshPolicy() {
    return fullRefreshInterval.isZero()
        ? dev.ferrum.driver.cache.RefreshPolicy.ALWAYS_FULL
        : dev.ferrum.driver.cache.RefreshPolicy.incremental(fullRefreshInterval);
  }

  /** The console part of this configuration. */
  public dev.ferrum.driver.console.ConsoleSettings consoleSettings() {
    return new dev.ferrum.driver.console.ConsoleSettings(
        serialConsoleStateTimeout, vncConsoleStateTimeout);
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder(host);
    b.apiRetryInterval = apiRetryInterval;
    b.apiMaxRetries = apiMaxRetries;
    b.serialConsoleStateTimeout = serialConsoleStateTimeout;
    b.vncConsoleStateTimeout = vncConsoleStateTimeout;
    b.conductorGroup = conductorGroup;
    b.shard = shard;
    b.peerList = peerList;
    b.defaultEphemeralFormat = defaultEphemeralFormat;
    b.forceConfigDrive = forceConfigDrive;
    b.configDriveJson = configDriveJson;
    b.deployTimeout = deployTimeout;
    b.powerTimeout = powerTimeout;
    b.rescueTimeout = rescueTimeout;
    b.watchListThreshold = watchListThreshold;
    b.skipReserveInUseNodes = skipReserveInUseNodes;
    b.fullRefreshInterval = fullRefreshInterval;
    return b;
  }

  private static void nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + d);
    }
  }

  private static void check(Pattern p, String value, String name) {
    if (value.length() > 255 || !p.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " must match " + p.pattern() + ": '" + value + "'");
    }
  }

  /** Collects an {@link IronicDriverConfig}; not thread-safe. */
  public static final class Builder {
    private final String host;
    private Duration apiRetryInterval = Duration.ofSeconds(2);
    private int apiMaxRetries = 60;
    private Duration serialConsoleStateTimeout = Duration.ofSeconds(10);
    private Duration vncConsoleStateTimeout = Duration.ofSeconds(60);
    private Optional<String> conductorGroup = Optional.empty();
    private Optional<String> shard = Optional.empty();
    private List<String> peerList = List.of();
    private Optional<String> defaultEphemeralFormat = Optional.empty();
    private boolean forceConfigDrive;
    private boolean configDriveJson;
    private Duration deployTimeout = Duration.ZERO;
    private Duration powerTimeout = Duration.ofMinutes(15);
    private Duration rescueTimeout = Duration.ZERO;
    private int watchListThreshold = 8;
    private boolean skipReserveInUseNodes;
    private Duration fullRefreshInterval = Duration.ZERO;

    private Builder(String host) {
      this.host = Objects.requireNonNull(host, "host");
    }

    /** {@code api_retry_interval} (default 2 s). */
    public Builder apiRetryInterval(Duration v) {
      apiRetryInterval = v;
      return this;
    }

    /** {@code api_max_retries} (default 60). */
    public Builder apiMaxRetries(int v) {
      apiMaxRetries = v;
      return this;
    }

    /** {@code serial_console_state_timeout} (default 10 s). */
    public Builder serialConsoleStateTimeout(Duration v) {
      serialConsoleStateTimeout = v;
      return this;
    }

    /** {@code vnc_console_state_timeout} (default 60 s). */
    public Builder vncConsoleStateTimeout(Duration v) {
      vncConsoleStateTimeout = v;
      return this;
    }

    /** {@code conductor_group} (default unset). */
    public Builder conductorGroup(String v) {
      conductorGroup = Optional.ofNullable(v);
      return this;
    }

    /** The deprecated name of {@link #conductorGroup(String)}. */
    public Builder partitionKey(String v) {
      return conductorGroup(v);
    }

    /** {@code shard} (default unset). */
    public Builder shard(String v) {
      shard = Optional.ofNullable(v);
      return this;
    }

    /** {@code peer_list} (default empty). */
    public Builder peerList(List<String> v) {
      peerList = v;
      return this;
    }

    /** {@code [DEFAULT]default_ephemeral_format} (default unset). */
    public Builder defaultEphemeralFormat(String v) {
      defaultEphemeralFormat = Optional.ofNullable(v);
      return this;
    }

    /** {@code [DEFAULT]force_config_drive} (default false). */
    public Builder forceConfigDrive(boolean v) {
      forceConfigDrive = v;
      return this;
    }

    /** Send the JSON config drive form when Ironic has 1.56 (default false). */
    public Builder configDriveJson(boolean v) {
      configDriveJson = v;
      return this;
    }

    /** Bound of deploy and rebuild waits; zero means none (default none). */
    public Builder deployTimeout(Duration v) {
      deployTimeout = v;
      return this;
    }

    /** Bound of power waits; zero means none (default 15 min). */
    public Builder powerTimeout(Duration v) {
      powerTimeout = v;
      return this;
    }

    /** Bound of rescue and unrescue waits; zero means none (default none). */
    public Builder rescueTimeout(Duration v) {
      rescueTimeout = v;
      return this;
    }

    /** Watched-node count above which the watcher lists (default 8). */
    public Builder watchListThreshold(int v) {
      watchListThreshold = v;
      return this;
    }

    /** {@code [workarounds]skip_reserve_in_use_ironic_nodes} (default false). */
    public Builder skipReserveInUseNodes(boolean v) {
      skipReserveInUseNodes = v;
      return this;
    }

    /**
     * Time between full node cache refreshes; refreshes in between are incremental (default 0:
     * every refresh is full, as in Nova).
     */
    public Builder fullRefreshInterval(Duration v) {
      fullRefreshInterval = v;
      return this;
    }

    /** The configuration. */
    public IronicDriverConfig build() {
      return new IronicDriverConfig(
          host,
          apiRetryInterval,
          apiMaxRetries,
          serialConsoleStateTimeout,
          vncConsoleStateTimeout,
          conductorGroup,
          shard,
          peerList,
          defaultEphemeralFormat,
          forceConfigDrive,
          configDriveJson,
          deployTimeout,
          powerTimeout,
          rescueTimeout,
          watchListThreshold,
          skipReserveInUseNodes,
          fullRefreshInterval);
    }
  }
}
