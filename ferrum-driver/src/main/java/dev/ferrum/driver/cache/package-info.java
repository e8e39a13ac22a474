/**
 * The node cache of Nova's Ironic driver and the queries built on it (reference §6.3–6.5): which
 * Ironic nodes this compute service manages, refreshed from Ironic and shared by every driver
 * operation.
 *
 * <p>Why a package of its own: the cache is where node ownership between several compute services
 * is decided (hash ring plus instance ownership, listing before reading instances) and where Ironic
 * outages must turn into "driver not ready" rather than "all nodes vanished". Getting either wrong
 * orphans or doubly-manages nodes.
 *
 * <p>Public API (all thread-safe):
 *
 * <ul>
 *   <li>{@link dev.ferrum.driver.cache.NodeCache} — {@code new NodeCache(IronicClient,
 *       RingSettings, ComputeHostDirectory, Clock)}; {@code refreshRing()} ({@code init_host}),
 *       {@code refresh()}, {@code refreshIfEmpty()}, {@code snapshot()}, {@code node(id)} ({@code
 *       _node_from_cache}), {@code evict(uuid)}, {@code lookup()};
 *   <li>{@link dev.ferrum.driver.cache.ManagedNodes} — the §6.5 methods: {@code availableNodes()},
 *       {@code nodenamesByUuid()}, {@code instanceUuids()}, {@code numInstances()}, {@code
 *       instanceNames(fn)}, {@code nodeIsAvailable(uuid)}, {@code isNodeDeleted(uuid)}, {@code
 *       instanceExists(uuid)}, {@code nodeForInstance(uuid, useCache)}, {@code powerState(uuid,
 *       useCache)} ({@code get_info});
 *   <li>{@link dev.ferrum.driver.cache.ComputeHostDirectory} — implemented by the service: ironic
 *       compute hosts, their liveness, this host's instance uuids;
 *   <li>{@link dev.ferrum.driver.cache.NodeLookup} — get-node and lookup-by-instance with {@code
 *       NODE_FIELDS};
 *   <li>{@link dev.ferrum.driver.cache.IronicApiVersions} — {@code canSend} / {@code require} for
 *       microversion-gated features;
 *   <li>value: {@link dev.ferrum.driver.cache.NodeCacheSnapshot};
 *   <li>failures: {@link dev.ferrum.driver.VirtDriverNotReadyException}, {@link
 *       dev.ferrum.driver.cache.IronicApiVersionNotAvailableException}, {@link
 *       dev.ferrum.driver.InstanceNotFoundException}, {@link
 *       dev.ferrum.driver.cache.AmbiguousInstanceNodeException}.
 * </ul>
 */
package dev.ferrum.driver.cache;
