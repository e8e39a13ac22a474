package dev.ferrum.driver.cache;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.ApiVersion;
import dev.ferrum.ironic.client.model.Microversion;
import java.util.Objects;

/**
 * Nova's {@code _can_send_version}: whether a microversion-gated driver feature may be used with
 * this Ironic endpoint.
 *
 * <p>It exists because the client negotiates versions per request but the driver must decide
 * <em>before</em> building a request whether to use a feature at all (and fall back otherwise). A
 * version is usable when the server's advertised range contains it and the client is not capped
 * below it.
 */
public final class IronicApiVersions {

  /** Filtering nodes by {@code conductor_group} and honouring {@code peer_list}. */
  public static final Microversion CONDUCTOR_GROUPS = Microversion.of(46);

  /** Filtering nodes by {@code shard}. */
  public static final Microversion SHARDS = Microversion.of(82);

  private final IronicClient client;

  /**
   * Creates the checker.
   *
   * @param client the client whose endpoint is checked (version discovery is cached by it)
   */
  public IronicApiVersions(IronicClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Whether {@code version} can be sent.
   *
   * @param version the microversion a feature needs
   * @return {@code true} if usable
   * @throws dev.ferrum.ironic.client.IronicException if the version discovery request fails
   */
  public boolean canSend(Microversion version) {
    Objects.requireNonNull(version, "version");
    return client.version().supports(version) && client.microversion().atLeast(version);
  }

  /**
   * Requires {@code version}.
   *
   * @param version the microversion a feature needs
   * @throws IronicApiVersionNotAvailableException if it cannot be sent
   * @throws dev.ferrum.ironic.client.IronicException if the version discovery request fails
   */
  public void require(Microversion version) {
    if (!canSend(version)) {
      ApiVersion range = client.version();
      throw new IronicApiVersionNotAvailableException(
          version, "server supports " + range + ", client sends " + client.microversion());
    }
  }
}
