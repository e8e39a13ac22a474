/**
 * Benchmarks of the compute service ({@code ferrum-service}): API latency of the server detail
 * list, create/delete churn, memory of {@code ferrum serve}, and start-up time (issue #6, items 3
 * to 5).
 *
 * <p>Exists apart from the driver benchmarks because these start a whole {@code FerrumService} (in
 * this JVM or as a child process) against the simulator; the helpers here are package-private.
 */
package dev.ferrum.bench.service;
