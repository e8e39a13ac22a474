/**
 * The deploy storm (issues #4 and #6 item 2): many concurrent spawns and destroys through the
 * driver, next to Nova's per-operation polling, counting what Ironic serves.
 */
package dev.ferrum.bench.storm;
