/**
 * Helpers shared by the benchmarks (simulator set-up, request counting, percentiles). Internal and
 * unsupported: not an API, may change with any commit.
 */
package dev.ferrum.bench.internal;
