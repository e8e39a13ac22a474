package dev.ferrum.service.network;

/**
 * A network failure that names its Neutron error type, so that the {@code /network} API answers
 * {@code {"NeutronError": {"type": …}}} with the type a Neutron client expects (for example {@code
 * IpAddressAlreadyAllocated} or {@code NetworkInUse}).
 */
public interface NeutronFault {
  /**
   * Returns Neutron's name for the failure.
   *
   * @return e.g. {@code SubnetNotFound}
   */
  String neutronType();
}
