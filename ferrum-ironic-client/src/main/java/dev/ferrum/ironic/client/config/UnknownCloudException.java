package dev.ferrum.ironic.client.config;

import java.util.List;

/**
 * A cloud was named ({@code OS_CLOUD} or explicitly) that no {@code clouds.yaml} defines. The
 * message lists the clouds that do exist and every file searched, since the usual cause is a typo
 * or the file being somewhere the search does not look.
 */
public final class UnknownCloudException extends CloudConfigException {

  private static final long serialVersionUID = 1L;

  private final String cloud;
  private final List<String> knownClouds;

  /**
   * @param cloud the name asked for
   * @param knownClouds the clouds the files define
   * @param message the full explanation
   */
  public UnknownCloudException(String cloud, List<String> knownClouds, String message) {
    super(message);
    this.cloud = cloud;
    this.knownClouds = List.copyOf(knownClouds);
  }

  /** The cloud name that was asked for. */
  public String cloud() {
    return cloud;
  }

  /** The clouds that are defined, sorted. */
  public List<String> knownClouds() {
    return knownClouds;
  }
}
