/**
 * Ferrum's benchmark runner: {@link dev.ferrum.bench.BenchMain} runs {@link
 * dev.ferrum.bench.Benchmark}s registered in {@link dev.ferrum.bench.Benchmarks} and prints their
 * {@link dev.ferrum.bench.BenchResult}s as tables; the figures are recorded in {@code
 * BENCHMARKS.md} at the repository root. Benchmarks live in sub-packages ({@code storm}, {@code
 * refresh}, {@code service}); {@code internal} holds shared helpers and is unsupported.
 */
package dev.ferrum.bench;
