package dev.ferrum.driver.cache;

import java.util.Collection;
import java.util.Set;

/**
 * What the node cache must know about the compute service around it: the other ironic compute
 * services, whether each is alive, and which instances this service hosts.
 *
 * <p>It exists because these facts live in the service's database and liveness tracking, which the
 * driver must not depend on; the service implements this interface (Nova reads the same facts from
 * its DB and service group API). Implementations must be thread-safe; failures propagate unchanged
 * to the caller of the cache.
 */
public interface ComputeHostDirectory {

  /**
   * Hosts of the enabled, non-deleted compute services that manage Ironic nodes (Nova's {@code
   * ServiceList.get_all_computes_by_hv_type("ironic")}), as stored (not lower-cased).
   *
   * @return the hosts; read once per ring rebuild
   */
  Collection<String> ironicComputeHosts();

  /**
   * Whether a compute service is alive (heartbeat younger than {@code service_down_time}, not
   * forced down). Asked only for hosts the ring settings allow.
   *
   * @param host a host returned by {@link #ironicComputeHosts()}
   * @return {@code true} if up
   */
  boolean isUp(String host);

  /**
   * Uuids of the instances whose host is {@code host} (Nova's {@code
   * InstanceList.get_uuids_by_host}). Read only after the node listing, so a slow listing cannot
   * make freshly placed instances look foreign.
   *
   * @param host this service's host name, as configured
   * @return the instance uuids
   */
  Set<String> instanceUuidsOnHost(String host);
}
