/**
 * One poller for every wait on Ironic state: deploy, rebuild, power, rescue, unrescue, unprovision
 * and console waits register a condition with {@link dev.ferrum.driver.watch.NodeWatcher} and block
 * on its future, while a single virtual thread fetches the watched nodes once per interval with as
 * few requests as possible.
 *
 * <p>Nova runs one polling loop per operation (1,000 concurrent deploys = 500 GET/s at a 2 s
 * interval); this package replaces that with per-node GETs when few nodes are watched and a single
 * projected, paged node list when many are.
 */
package dev.ferrum.driver.watch;
