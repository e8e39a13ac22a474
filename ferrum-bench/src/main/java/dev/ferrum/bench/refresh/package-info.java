/**
 * Node cache refresh benchmarks (issue #6 items 1 and 6): the driver's full refresh against the
 * bare HTTP listing, and incremental against full refreshes.
 */
package dev.ferrum.bench.refresh;
