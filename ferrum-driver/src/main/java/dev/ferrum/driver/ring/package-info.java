/**
 * Node ownership between several compute services sharing one Ironic: a consistent hash ring that
 * is bit-compatible with the {@code tooz} ring Nova's Ironic driver uses, the rules that decide who
 * is on the ring, and the per-node ownership decision built on it.
 *
 * <p>Bit compatibility matters because Ferrum services and Nova compute services may run side by
 * side (or one replaces the other during a migration): both must agree on which service manages
 * each free Ironic node, otherwise a node is either managed twice or by nobody.
 */
package dev.ferrum.driver.ring;
