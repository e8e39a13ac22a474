package dev.ferrum.ironic.client.model;

/**
 * The {@code target} verbs of {@code PUT /v1/nodes/{id}/states/provision}.
 *
 * <p>An enum because the set is closed from the client's point of view and each verb carries the
 * microversion that introduced it, so the client can refuse a verb the server cannot accept before
 * sending anything.
 */
public enum ProvisionVerb {
  /** Deploy (legacy spelling of {@code deploy}). */
  ACTIVE("active", 1),
  /** Deploy (alias of {@code active}, 1.73). */
  DEPLOY("deploy", 73),
  /** Redeploy an active node. */
  REBUILD("rebuild", 1),
  /** Tear down (legacy spelling of {@code undeploy}). */
  DELETED("deleted", 1),
  /** Tear down (alias of {@code deleted}, 1.73). */
  UNDEPLOY("undeploy", 73),
  /** Move to manageable (1.4). */
  MANAGE("manage", 4),
  /** Move manageable to available (1.4). */
  PROVIDE("provide", 4),
  /** Inspect hardware (1.6). */
  INSPECT("inspect", 6),
  /** Abort a waiting operation (1.13). */
  ABORT("abort", 13),
  /** Manual cleaning with {@code clean_steps} (1.15). */
  CLEAN("clean", 15),
  /** Adopt an already deployed machine (1.17). */
  ADOPT("adopt", 17),
  /** Boot the rescue ramdisk; needs a rescue password (1.38). */
  RESCUE("rescue", 38),
  /** Leave rescue (1.38). */
  UNRESCUE("unrescue", 38),
  /** Continue from a hold step (1.85). */
  UNHOLD("unhold", 85),
  /** Service an active node with {@code service_steps} (1.87). */
  SERVICE("service", 87);

  private final String apiValue;
  private final Microversion minimumVersion;

  ProvisionVerb(String apiValue, int minMinor) {
    this.apiValue = apiValue;
    this.minimumVersion = Microversion.of(minMinor);
  }

  /** The string sent as {@code target}. */
  public String apiValue() {
    return apiValue;
  }

  /** The microversion that introduced the verb. */
  public Microversion minimumVersion() {
    return minimumVersion;
  }
}
